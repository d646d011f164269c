using Microsoft.Data.Sqlite;

namespace Supervision.Web.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}

/// <summary>
/// Which database the app uses, resolved from configuration:
/// <c>Database:Provider</c> (Sqlite | Postgres, default Sqlite) and <c>ConnectionStrings:Supervision</c>
/// (required for Postgres; for SQLite it overrides the default file <c>data/supervision.db</c> under the
/// content root). <c>Database:BusyTimeoutSeconds</c> (default 30) is how long SQLite waits for a lock.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Supervision";
    public const string DefaultSqliteFile = "data/supervision.db";

    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var provider = ParseProvider(providerName);
        return provider switch
        {
            DatabaseProvider.Sqlite => new(provider, SqliteConnectionString(connectionString, contentRoot, BusyTimeout(configuration))),
            _ when string.IsNullOrWhiteSpace(connectionString) => throw new InvalidOperationException(
                $"数据库类型为 Postgres 时必须配置连接字符串 ConnectionStrings:{ConnectionStringName}。" +
                $" Database:Provider is Postgres but ConnectionStrings:{ConnectionStringName} is empty."),
            _ => new(provider, connectionString),
        };
    }

    private static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"未知的数据库类型 Database:Provider = \"{name}\"，可选值为 Sqlite 或 Postgres。" +
            $" Unknown database provider \"{name}\" in Database:Provider; use Sqlite or Postgres."),
    };

    private static int BusyTimeout(IConfiguration configuration) =>
        int.TryParse(configuration["Database:BusyTimeoutSeconds"], out var seconds) && seconds > 0 ? seconds : 30;

    private static string SqliteConnectionString(string? configured, string contentRoot, int busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={DefaultSqliteFile}"
            : configured);

        // Relative paths are anchored at the content root, not the working directory, so that
        // `dotnet run`, the published app and the CLI verbs all open the same file.
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':') && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        // Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout, so this is the busy timeout.
        if (!(configured ?? "").Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = busyTimeoutSeconds;
        }
        return builder.ToString();
    }
}
