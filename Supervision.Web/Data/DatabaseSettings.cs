using Microsoft.Data.Sqlite;

namespace Supervision.Web.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}

/// <summary>
/// Which database the app uses and how to reach it, resolved from the validated <see cref="DatabaseOptions"/>:
/// a relative SQLite file lies under the content root, the default is <c>data/supervision.db</c> there.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Supervision";
    public const string DefaultSqliteFile = "data/supervision.db";

    public static DatabaseSettings From(DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ParsedProvider switch
        {
            DatabaseProvider.Sqlite => new(DatabaseProvider.Sqlite, SqliteConnectionString(options.ConnectionString, contentRoot, options.BusyTimeoutSeconds)),
            DatabaseProvider.Postgres when !string.IsNullOrWhiteSpace(options.ConnectionString) => new(DatabaseProvider.Postgres, options.ConnectionString),
            _ => throw new InvalidOperationException("数据库配置尚未校验（DatabaseOptions）。"),
        };
    }

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
