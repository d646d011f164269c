using Supervision.Tests.Web.Ingestion;
using Supervision.Web.Common;
using Supervision.Tests.Support.Databases;
using Supervision.Web.Data;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Hosting;

/// <summary>A wrong value in configuration stops the start with a Chinese message naming the setting.</summary>
public sealed class ValidatedOptionsTests
{
    [Theory]
    [InlineData("Settings:RefreshSeconds", "-1", "Settings:RefreshSeconds 应为 0 到 86400 之间的秒数（0 表示不检查）。")]
    [InlineData("Ingestion:MaxBodyBytes", "0", "Ingestion:MaxBodyBytes 应为 1024 到 1073741824 之间的字节数。")]
    [InlineData("Security:SignInPermitsPerMinute", "0", "Security:SignInPermitsPerMinute 应为 1 到 10000 之间的整数。")]
    public async Task An_out_of_range_setting_fails_the_start_with_a_chinese_message(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = SupervisionWebApplicationFactory.Create(IngestionApp.Options(database, new Dictionary<string, string> { [key] = value }));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        var failure = error as InvalidOperationException ?? error.InnerException as InvalidOperationException;
        Assert.NotNull(failure);
        Assert.Equal($"配置有误，无法启动：{message}", failure.Message);
    }

    [Fact]
    public async Task Settings_in_range_start_the_app()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = SupervisionWebApplicationFactory.Create(IngestionApp.Options(database, new Dictionary<string, string> { ["Settings:RefreshSeconds"] = "0", ["Ingestion:MaxBodyBytes"] = "1024" }));

        Assert.NotNull(app.Server);
    }
}
