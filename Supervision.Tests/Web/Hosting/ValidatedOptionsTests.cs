using Supervision.Tests.Support;
using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Hosting;

/// <summary>A wrong value in configuration stops the web host's start with a Chinese message naming the setting.</summary>
public sealed class ValidatedOptionsTests
{
    public static TheoryData<string, string, string> Wrong => WrongSettings.All;

    [Theory]
    [MemberData(nameof(Wrong))]
    public async Task A_wrong_setting_stops_the_start_with_a_chinese_message_naming_the_key(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = SupervisionWebApplicationFactory.Create(IngestionApp.Options(database, new Dictionary<string, string> { [key] = value }));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        var failure = error as InvalidConfigurationException ?? error.InnerException as InvalidConfigurationException;
        Assert.NotNull(failure);
        Assert.Equal($"配置有误，无法启动：{message}", failure.Message);
    }

    [Fact]
    public async Task Every_wrong_setting_is_reported_at_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = SupervisionWebApplicationFactory.Create(IngestionApp.Options(database, new Dictionary<string, string> { ["Hall:Opening"] = "8点半", ["Demo:Enabled"] = "是" }));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        var failure = error as InvalidConfigurationException ?? error.InnerException as InvalidConfigurationException;
        Assert.NotNull(failure);
        Assert.Contains("配置 Hall:Opening 的值“8点半”无效：应为 HH:mm，例如 08:30", failure.Message);
        Assert.Contains("配置 Demo:Enabled 的值“是”无效：应为 true 或 false", failure.Message);
    }

    [Fact]
    public async Task Settings_in_range_start_the_app()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = SupervisionWebApplicationFactory.Create(IngestionApp.Options(database, new Dictionary<string, string>
        {
            ["Settings:RefreshSeconds"] = "0",
            ["Ingestion:MaxBodyBytes"] = "1024",
            ["Hall:Opening"] = "8:00",
            ["Hall:ClosingTime"] = "18:00:00",
            ["Database:BusyTimeoutSeconds"] = "5",
            ["Telemetry:Exporter"] = "",
            ["Demo:Enabled"] = "false",
        }));

        Assert.NotNull(app.Server);
    }
}
