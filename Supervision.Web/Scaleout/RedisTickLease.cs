using StackExchange.Redis;
using Supervision.Web.Live;

namespace Supervision.Web.Scaleout;

/// <summary>
/// One node at a time sends the timer's updates (deadlines passing) to <c>/hubs/live</c>, else hub
/// subscribers would hear each such alert once per node. The holder renews a Redis key well before it
/// expires; when it stops, another node takes over within <see cref="Lease"/>.
/// </summary>
internal sealed class RedisTickLease(RedisConnection redis, TimeProvider time, ILogger<RedisTickLease> logger)
    : BackgroundService, ILiveTickOwner
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly RedisKey Key = $"{RedisSettings.Prefix}:live:tick-owner";

    private volatile bool _owns;

    public bool OwnsTicks => _owns;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connection = await redis.GetAsync();
        using var timer = new PeriodicTimer(Lease / 3, time);
        do
        {
            try
            {
                var db = connection.GetDatabase();
                var mine = await db.StringSetAsync(Key, redis.NodeId, Lease, When.NotExists)
                           || (await db.StringGetAsync(Key) == redis.NodeId && await db.KeyExpireAsync(Key, Lease));
                if (mine != _owns)
                {
                    logger.LogInformation("本节点{State}定时提醒的推送。", mine ? "开始负责" : "不再负责");
                }
                _owns = mine;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Without Redis the backplane cannot deliver either; whoever holds the key when it returns sends.
                _owns = false;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
