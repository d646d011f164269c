using Microsoft.Extensions.Hosting.Internal;

namespace Supervision.Tests.Web.Data;

public sealed class DatabaseSettingsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "supervision-app");

    /// <summary>The settings as the app resolves them: bound, checked at start, then read.</summary>
    private static DatabaseSettings Resolve(params (string Key, string Value)[] values)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build())
            .AddSupervisionData(new HostingEnvironment { ContentRootPath = ContentRoot })
            .BuildServiceProvider();
        ValidatedOptions.ValidateAtStart(services);
        return services.GetRequiredService<DatabaseSettings>();
    }

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
        var error = Assert.Throws<InvalidConfigurationException>(() => Resolve(("Database:Provider", "Postgres")));

        Assert.Equal("配置有误，无法启动：配置 ConnectionStrings:Supervision 为空：数据库类型为 Postgres 时必须配置连接字符串", error.Message);
    }

    [Fact]
    public void Unknown_provider_is_refused_in_chinese_naming_the_key()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Resolve(("Database:Provider", "Oracle")));

        Assert.Equal("配置有误，无法启动：配置 Database:Provider 的值“Oracle”无效：应为 Sqlite 或 Postgres", error.Message);
    }

    [Fact]
    public void Provider_aliases_name_postgres()
    {
        var settings = Resolve(("Database:Provider", " PostgreSQL "), ("ConnectionStrings:Supervision", "Host=db"));

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
    }

    [Theory]
    [InlineData("0", "应为 1 到 3600 之间的秒数")]
    [InlineData("半分钟", "应为整数")]
    public void A_wrong_busy_timeout_is_refused_naming_the_key_and_value(string value, string expected)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Resolve(("Database:BusyTimeoutSeconds", value)));

        Assert.Equal($"配置有误，无法启动：配置 Database:BusyTimeoutSeconds 的值“{value}”无效：{expected}", error.Message);
    }
}
