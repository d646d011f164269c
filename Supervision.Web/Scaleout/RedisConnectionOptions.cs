using StackExchange.Redis;

namespace Supervision.Web.Scaleout;

/// <summary>
/// Configuration section <c>Redis</c>: <c>Redis:Connection</c>, or else <c>ConnectionStrings:Redis</c>, in
/// StackExchange.Redis syntax (e.g. <c>redis1:6379,password=…</c>). Without either the app runs as a single node.
/// </summary>
public sealed class RedisConnectionOptions : IValidatableObject
{
    public const string Section = "Redis";

    public string? Connection { get; set; }

    /// <summary><c>ConnectionStrings:Redis</c>, outside the section; filled in when the options are bound.</summary>
    public string? ConnectionString { get; internal set; }

    /// <summary>Where Redis is; null for a single node.</summary>
    public RedisSettings? ToSettings() =>
        !string.IsNullOrWhiteSpace(Connection) ? new RedisSettings(Connection.Trim())
        : !string.IsNullOrWhiteSpace(ConnectionString) ? new RedisSettings(ConnectionString.Trim())
        : null;

    /// <summary>The options as configured, for the decision at registration whether this node has company.</summary>
    public static RedisConnectionOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<RedisConnectionOptions>() ?? new RedisConnectionOptions();
        options.ConnectionString = configuration.GetConnectionString("Redis");
        return options;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ToSettings() is not { } settings)
        {
            yield break;
        }
        var key = string.IsNullOrWhiteSpace(Connection) ? "ConnectionStrings:Redis" : $"{Section}:{nameof(Connection)}";
        ConfigurationOptions? parsed = null;
        try
        {
            parsed = ConfigurationOptions.Parse(settings.Connection);
        }
        catch (ArgumentException)
        {
        }
        // The value is not echoed: it may hold the password.
        if (parsed is null || parsed.EndPoints.Count == 0)
        {
            yield return new ValidationResult($"配置 {key} 无效：应为 StackExchange.Redis 连接字符串，至少含一个地址，如 redis1:6379,password=…");
        }
    }
}
