using StackExchange.Redis;

namespace Supervision.Web.Scaleout;

/// <summary>
/// Where Redis is, from <c>Redis:Connection</c> or <c>ConnectionStrings:Redis</c> (StackExchange.Redis
/// syntax, e.g. <c>redis1:6379,password=…</c>). Without either the app runs as a single node.
/// </summary>
public sealed record RedisSettings(string Connection)
{
    /// <summary>Prefix of every channel and key, so several deployments can share one Redis.</summary>
    public const string Prefix = "supervision";

    public static RedisSettings? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration["Redis:Connection"];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration.GetConnectionString("Redis");
        }
        return string.IsNullOrWhiteSpace(value) ? null : new RedisSettings(value.Trim());
    }

    /// <summary>
    /// Never fail start-up or a call because Redis is away: connect in the background, reconnect every
    /// second, and fail commands at once while disconnected instead of queueing them without bound.
    /// </summary>
    public ConfigurationOptions ToOptions()
    {
        var options = ConfigurationOptions.Parse(Connection);
        options.AbortOnConnectFail = false;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 5000);
        options.ClientName ??= $"{Prefix}-{Environment.MachineName}";
        return options;
    }
}
