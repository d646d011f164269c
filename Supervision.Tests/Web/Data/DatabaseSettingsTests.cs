using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Supervision.Web.Data;

namespace Supervision.Tests.Web.Data;

public sealed class DatabaseSettingsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "supervision-app");

    private static DatabaseSettings Resolve(params (string Key, string Value)[] values) =>
        DatabaseSettings.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(),
            ContentRoot);

    [Fact]
    public void Default_is_a_sqlite_file_in_the_data_folder_of_the_content_root()
    {
        var settings = Resolve();

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(ContentRoot, "data", "supervision.db"), new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
    }

    [Fact]
    public void Sqlite_connection_string_overrides_the_file_relative_to_the_content_root()
    {
        var settings = Resolve(("ConnectionStrings:Supervision", "Data Source=other/x.db"));

        Assert.Equal(Path.Combine(ContentRoot, "other", "x.db"), new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
    }

    [Fact]
    public void Sqlite_waits_for_locks_for_the_configured_busy_timeout()
    {
        var settings = Resolve(("Database:BusyTimeoutSeconds", "12"));

        Assert.Equal(12, new SqliteConnectionStringBuilder(settings.ConnectionString).DefaultTimeout);
    }

    [Fact]
    public void Postgres_uses_the_connection_string_as_given()
    {
        var settings = Resolve(("Database:Provider", "Postgres"), ("ConnectionStrings:Supervision", "Host=db;Database=supervision"));

        Assert.Equal(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=supervision"), settings);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", "Postgres")));

        Assert.Contains("ConnectionStrings:Supervision", error.Message);
    }

    [Fact]
    public void Unknown_provider_is_refused_in_chinese_and_english()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", "Oracle")));

        Assert.Contains("未知的数据库类型 Database:Provider = \"Oracle\"", error.Message);
        Assert.Contains("Unknown database provider \"Oracle\"", error.Message);
    }
}
