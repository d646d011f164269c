using StackExchange.Redis;

namespace Supervision.Web.Scaleout;

/// <summary>Where Redis is (<see cref="RedisConnectionOptions"/>) and how this node talks to it.</summary>
public sealed record RedisSettings(string Connection)
{
    /// <summary>Prefix of every channel and key, so several deployments can share one Redis.</summary>
    public const string Prefix = "supervision";

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
