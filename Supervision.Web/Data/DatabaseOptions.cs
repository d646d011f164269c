namespace Supervision.Web.Data;

/// <summary>
/// Configuration section <c>Database</c> and the connection string <c>ConnectionStrings:Supervision</c>:
/// <c>Database:Provider</c> (Sqlite | Postgres, default Sqlite), the connection string (required for Postgres;
/// for SQLite it overrides the default file) and <c>Database:BusyTimeoutSeconds</c> (default 30), how long SQLite
/// waits for a lock. <see cref="DatabaseSettings"/> is what they resolve to.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public string? Provider { get; set; }

    [Range(1, 3600, ErrorMessage = "应为 1 到 3600 之间的秒数")]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary><c>ConnectionStrings:Supervision</c>, outside the section; filled in when the options are bound.</summary>
    public string? ConnectionString { get; internal set; }

    /// <summary>The provider named by <see cref="Provider"/>; null when it names none.</summary>
    public DatabaseProvider? ParsedProvider => Provider?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => null,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ParsedProvider is null)
        {
            yield return new ValidationResult("应为 Sqlite 或 Postgres", [nameof(Provider)]);
        }
        else if (ParsedProvider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"配置 ConnectionStrings:{DatabaseSettings.ConnectionStringName} 为空：数据库类型为 Postgres 时必须配置连接字符串");
        }
    }
}
