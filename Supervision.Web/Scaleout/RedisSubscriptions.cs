using StackExchange.Redis;

namespace Supervision.Web.Scaleout;

/// <summary>How the relays subscribe to their channel without making start-up wait for Redis.</summary>
internal static class RedisSubscriptions
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Subscribes <paramref name="onMessage"/> to <paramref name="channel"/>, retrying every second while Redis is
    /// away. Once registered, the multiplexer restores the subscription by itself after every reconnect.
    /// </summary>
    public static async Task SubscribeAsync(
        IConnectionMultiplexer connection, RedisChannel channel, Action<RedisValue> onMessage, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        var subscriber = connection.GetSubscriber();
        while (true)
        {
            try
            {
                await subscriber.SubscribeAsync(channel, (_, payload) => onMessage(payload));
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogDebug(e, "Subscribing to {Channel} failed; retrying", channel);
                await Task.Delay(RetryDelay, time, ct);
            }
        }
    }
}
