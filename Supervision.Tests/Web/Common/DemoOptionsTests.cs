using Supervision.Tests.Support;

namespace Supervision.Tests.Web.Common;

public sealed class DemoOptionsTests
{
    private static bool IsDemoEnabled(IConfiguration configuration) =>
        configuration.GetSection(DemoOptions.Section).Get<DemoOptions>()?.Enabled ?? false;

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [Fact]
    public void Neither_sqlite_nor_the_simulator_turns_demo_mode_on()
    {
        Assert.False(IsDemoEnabled(Configuration(("Database:Provider", "Sqlite"), ("Simulator:Enabled", "true"))));
        Assert.True(IsDemoEnabled(Configuration(("Demo:Enabled", "true"))));
    }

    [Fact]
    public void Only_the_readme_quick_start_turns_demo_mode_on()
    {
        var web = Path.Combine(Repository.Root(), "Supervision.Web");
        var published = new ConfigurationBuilder().AddJsonFile(Path.Combine(web, "appsettings.json")).Build();
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "Properties", "launchSettings.json")));
        var dotnetRun = launch.RootElement.GetProperty("profiles").GetProperty("Supervision.Web").GetProperty("environmentVariables");

        Assert.False(IsDemoEnabled(published));
        Assert.Equal("true", dotnetRun.GetProperty("Demo__Enabled").GetString());
    }
}
