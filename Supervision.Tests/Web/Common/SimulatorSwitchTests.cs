using Microsoft.Extensions.Configuration;
using Supervision.Web.Common;

namespace Supervision.Tests.Web.Common;

public sealed class SimulatorSwitchTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [Fact]
    public void Simulator_runs_by_default_on_sqlite()
    {
        Assert.True(Configuration(("Database:Provider", "Sqlite")).IsSimulatorEnabled());
    }

    [Fact]
    public void Simulator_runs_by_default_when_no_provider_is_configured()
    {
        Assert.True(Configuration().IsSimulatorEnabled());
    }

    [Fact]
    public void Simulator_is_off_by_default_on_postgres()
    {
        Assert.False(Configuration(("Database:Provider", "Postgres")).IsSimulatorEnabled());
    }

    [Fact]
    public void Explicit_setting_overrides_the_provider_default()
    {
        Assert.False(Configuration(("Database:Provider", "Sqlite"), ("Simulator:Enabled", "false")).IsSimulatorEnabled());
        Assert.True(Configuration(("Database:Provider", "Postgres"), ("Simulator:Enabled", "true")).IsSimulatorEnabled());
    }
}
