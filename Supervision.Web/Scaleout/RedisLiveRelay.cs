using StackExchange.Redis;
using Supervision.Web.Data.Changes;
using Supervision.Web.Live;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Telemetry;

namespace Supervision.Web.Scaleout;

/// <summary>
/// Carries commits between nodes over Redis pub/sub. After a local commit the notifier has already been
/// told in-process (so this node's dashboards never depend on Redis); the relay then publishes a
/// <see cref="LiveChangeMessage"/>, and every other node hands it to its own <see cref="LiveNotifier"/>.
/// A node ignores its own messages, and applies each message once. Redis errors are logged, never thrown
/// into ingestion; what is published while Redis is away is dropped (the next commit or the 30-second
/// tick brings the other nodes up to date), and the multiplexer re-subscribes when Redis returns.
/// </summary>
internal sealed class RedisLiveRelay(
    RedisConnection redis,
    IIngestionNotifications notifications,
    LiveNotifier notifier,
    PeriodRollupCache rollups,
    SharedFigureCache figures,
    SupervisionMetrics metrics,
    TimeProvider time,
    ILogger<RedisLiveRelay> logger) : BackgroundService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal($"{RedisSettings.Prefix}:live:changed");

    // Bounded: a long outage must not grow memory; the oldest unsent changes are the least useful.
    private readonly Channel<IngestionCommitted> _outbox = System.Threading.Channels.Channel.CreateBounded<IngestionCommitted>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly RecentIds _seen = new(4_096);
    private bool _publishFailing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        notifications.Committed += OnCommitted;
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
            notifications.Committed -= OnCommitted;
        }
    }

    // Runs on the ingesting thread: enqueue only.
    private void OnCommitted(IngestionCommitted change) => _outbox.Writer.TryWrite(change);

    private async Task SubscribeAsync(IConnectionMultiplexer connection, CancellationToken ct)
    {
        await RedisSubscriptions.SubscribeAsync(connection, Channel, OnMessage, time, logger, ct);
        logger.LogInformation("已订阅 Redis 频道 {Channel}（节点 {Node}）。", Channel, redis.NodeId);
    }

    private void OnMessage(RedisValue payload)
    {
        if (LiveChangeMessage.TryParse((byte[])payload!) is not { } message)
        {
            logger.LogWarning("Ignoring a malformed message on {Channel}", Channel);
            return;
        }
        if (!_seen.Add(message.Id))
        {
            return;
        }
        metrics.FanoutReached(SupervisionMetrics.RedisPath, time.GetUtcNow() - message.CommittedAt);
        if (message.Node != redis.NodeId)
        {
            var change = message.ToCommitted();
            // Before the notifier's round: the figures its subscribers re-read must not be this node's older answers.
            rollups.Invalidate(change);
            figures.Invalidate(change);
            notifier.ApplyRemote(change);
        }
    }

    private async Task PublishLoopAsync(IConnectionMultiplexer connection, CancellationToken ct)
    {
        var subscriber = connection.GetSubscriber();
        await foreach (var change in _outbox.Reader.ReadAllAsync(ct))
        {
            try
            {
                await subscriber.PublishAsync(Channel, LiveChangeMessage.From(redis.NodeId, change).Serialize());
                if (_publishFailing)
                {
                    _publishFailing = false;
                    logger.LogInformation("跨节点推送已恢复。");
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Logged once per outage: every commit would otherwise repeat it.
                if (!_publishFailing)
                {
                    _publishFailing = true;
                    logger.LogWarning(e, "跨节点推送失败（Redis 不可用）；本节点的看板照常更新，Redis 恢复后继续推送。");
                }
            }
        }
    }

    /// <summary>The last <c>capacity</c> message ids; only the Redis callback thread uses it, but it locks anyway.</summary>
    private sealed class RecentIds(int capacity)
    {
        private readonly Lock _gate = new();
        private readonly HashSet<Guid> _ids = [];
        private readonly Queue<Guid> _order = new();

        public bool Add(Guid id)
        {
            lock (_gate)
            {
                if (!_ids.Add(id))
                {
                    return false;
                }
                _order.Enqueue(id);
                if (_order.Count > capacity)
                {
                    _ids.Remove(_order.Dequeue());
                }
                return true;
            }
        }
    }
}
