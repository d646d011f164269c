using StackExchange.Redis;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Services;
using Supervision.Tests.Support.Web;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>
/// Two nodes on one Redis: exactly one sends the timer's updates (deadlines passing), and when it stops the other takes
/// over. The lease loop runs on the app's clock, so the test moves it by <see cref="RedisTickLease.Lease"/>/3 per round.
/// </summary>
public sealed class RedisTickLeaseTests
{
    // A database of its own on test.sh's Redis, so no other test's node competes for the lease.
    private const int RedisDatabase = 9;
    private static readonly RedisKey Key = $"{RedisSettings.Prefix}:live:tick-owner";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [RedisFact]
    public async Task Of_two_nodes_on_one_redis_exactly_one_runs_the_timers_and_the_other_takes_over_when_it_stops()
    {
        var redis = $"{ServiceAvailability.RedisOrThrow()},defaultDatabase={RedisDatabase}";
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var keys = connection.GetDatabase();
        await keys.KeyDeleteAsync(Key);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var settings = new Dictionary<string, string> { ["Redis:Connection"] = redis };
        var first = IngestionApp.Start(database, settings);
        var second = IngestionApp.Start(database, settings);
        try
        {
            await RedisProcess.WaitUntilAsync(() => Owns(first) || Owns(second), Patience, "两个节点都没有取得定时推送的租约");
            var (holder, other) = Owns(first) ? (first, second) : (second, first);

            // A round of renewals on both nodes: the holder keeps the lease, the other does not take it.
            holder.Clock.Advance(RedisTickLease.Lease / 3);
            other.Clock.Advance(RedisTickLease.Lease / 3);
            await RedisProcess.WaitUntilAsync(() => keys.KeyTimeToLive(Key) > RedisTickLease.Lease - TimeSpan.FromSeconds(5), Patience, "租约没有续期");
            Assert.Equal(NodeId(holder), (string?)await keys.StringGetAsync(Key));
            Assert.Equal((true, false), (Owns(holder), Owns(other)));

            await holder.DisposeAsync();
            // The stopped holder's key lives on for at most one lease; Redis then drops it. Drop it now instead of waiting.
            Assert.InRange(keys.KeyTimeToLive(Key) ?? TimeSpan.Zero, TimeSpan.FromMilliseconds(1), RedisTickLease.Lease);
            await keys.KeyDeleteAsync(Key);
            other.Clock.Advance(RedisTickLease.Lease / 3);

            await RedisProcess.WaitUntilAsync(() => Owns(other), Patience, "租约持有节点停止后，另一节点没有接管定时推送");
            Assert.Equal(NodeId(other), (string?)await keys.StringGetAsync(Key));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static bool Owns(SupervisionWebApplicationFactory node) => node.Services.GetRequiredService<ILiveTickOwner>().OwnsTicks;

    private static string NodeId(SupervisionWebApplicationFactory node) => node.Services.GetRequiredService<RedisConnection>().NodeId;
}
