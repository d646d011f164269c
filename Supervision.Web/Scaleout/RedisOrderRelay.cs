using StackExchange.Redis;
using Supervision.Web.Orders;

namespace Supervision.Web.Scaleout;

/// <summary>
/// Carries order changes (raised, answered, returned, closed) between nodes over Redis pub/sub, so the
/// order lists, detail pages and the navigation badge of every node re-read at once, not only on the node
/// that wrote the change. Orders live in the shared database: the message only says which order moved.
/// Redis errors are logged once per outage and never reach the writer; what is published while Redis is
/// away is dropped (pages re-read on their next visit).
/// </summary>
internal sealed class RedisOrderRelay(
    RedisConnection redis,
    OrderChanges changes,
    TimeProvider time,
    ILogger<RedisOrderRelay> logger) : BackgroundService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal($"{RedisSettings.Prefix}:orders:changed");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<OrderChange> _outbox = System.Threading.Channels.Channel.CreateBounded<OrderChange>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _publishFailing;

    /// <summary>Completes once this node listens to the other nodes' changes.</summary>
    public Task Subscribed => _subscribed.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        changes.Changed += OnChanged;
        try
        {
            var connection = await redis.GetAsync();
            await SubscribeAsync(connection, stoppingToken);
            await PublishLoopAsync(connection, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            changes.Changed -= OnChanged;
        }
    }

    // Runs on the writer's thread: enqueue only. A change that came from another node goes no further.
    private void OnChanged(OrderChange change)
    {
        if (!change.FromOtherNode)
        {
            _outbox.Writer.TryWrite(change);
        }
    }

    private async Task SubscribeAsync(IConnectionMultiplexer connection, CancellationToken ct)
    {
        await RedisSubscriptions.SubscribeAsync(connection, Channel, OnMessage, time, logger, ct);
        _subscribed.TrySetResult();
    }

    private void OnMessage(RedisValue payload)
    {
        if (OrderChangeMessage.TryParse((byte[])payload!) is not { } message)
        {
            logger.LogWarning("Ignoring a malformed message on {Channel}", Channel);
            return;
        }
        if (message.Node != redis.NodeId)
        {
            changes.Publish(new OrderChange(message.OrderId, message.Town, message.State, FromOtherNode: true));
        }
    }

    private async Task PublishLoopAsync(IConnectionMultiplexer connection, CancellationToken ct)
    {
        var subscriber = connection.GetSubscriber();
        await foreach (var change in _outbox.Reader.ReadAllAsync(ct))
        {
            try
            {
                var message = new OrderChangeMessage(redis.NodeId, change.OrderId, change.Town, change.State);
                await subscriber.PublishAsync(Channel, JsonSerializer.SerializeToUtf8Bytes(message, Json));
                _publishFailing = false;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                if (!_publishFailing)
                {
                    _publishFailing = true;
                    logger.LogWarning(e, "督办单变动的跨节点推送失败（Redis 不可用）；其他节点的页面在下次打开时更新。");
                }
            }
        }
    }

    private sealed record OrderChangeMessage(string Node, long OrderId, string Town, Supervision.Domain.Orders.OrderState State)
    {
        public static OrderChangeMessage? TryParse(ReadOnlySpan<byte> payload)
        {
            try
            {
                var message = JsonSerializer.Deserialize<OrderChangeMessage>(payload, Json);
                return message is { Node.Length: > 0, Town.Length: > 0 } ? message : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
