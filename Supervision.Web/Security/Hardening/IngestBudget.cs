using System.Threading.RateLimiting;

namespace Supervision.Web.Security.Hardening;

/// <summary>
/// Events per minute, per API key and per town, as token buckets whose permits are events (refilled every
/// second, so a sender at its limit is spread evenly). Asked after the body is parsed and before any database
/// work, so a refused flood costs no reads, no write lock and stores nothing. The buckets run on the real
/// monotonic clock (<see cref="System.Diagnostics.Stopwatch"/>), never the simulator's.
/// </summary>
public sealed class IngestBudget : IDisposable
{
    private const string KeyPrefix = "key:";
    private const string TownPrefix = "town:";

    private readonly PartitionedRateLimiter<string> _buckets;
    private readonly int _perKey;
    private readonly int _perTown;

    public IngestBudget(IOptions<SecurityOptions> options)
    {
        _perKey = Math.Max(options.Value.IngestEventsPerMinutePerKey, 1);
        _perTown = Math.Max(options.Value.IngestEventsPerMinutePerTown, 1);
        _buckets = PartitionedRateLimiter.Create<string, string>(resource => resource.StartsWith(TownPrefix, StringComparison.Ordinal)
            ? RateLimitPartition.GetTokenBucketLimiter(resource, _ => PerMinute(_perTown))
            : RateLimitPartition.GetTokenBucketLimiter(resource, _ => PerMinute(_perKey)));
    }

    /// <summary>
    /// Takes the batch's events from the key's bucket and from each of its towns' buckets, or takes nothing
    /// and says why. Every bucket is looked at before any is drawn from, so a refusal leaves them as they were
    /// (short of a race with another batch of the same key or town).
    /// </summary>
    public IngestRefusal? TryTake(string keyId, IReadOnlyList<HallEvent> events)
    {
        if (events.Count == 0)
        {
            return null;
        }
        var demands = new List<(string Resource, int Events, int Limit, string? Town)> { (KeyPrefix + keyId, events.Count, _perKey, null) };
        demands.AddRange(events.GroupBy(e => e.Town, StringComparer.Ordinal)
            .Select(g => (TownPrefix + g.Key, g.Count(), _perTown, (string?)g.Key)));

        foreach (var demand in demands)
        {
            if (demand.Events > demand.Limit)
            {
                return new IngestRefusal(demand.Town, demand.Events, demand.Limit, TimeSpan.FromMinutes(1), TooLarge: true);
            }
            var available = _buckets.GetStatistics(demand.Resource)?.CurrentAvailablePermits ?? demand.Limit;
            if (available < demand.Events)
            {
                return new IngestRefusal(demand.Town, demand.Events, demand.Limit, WaitFor(demand.Events - available, demand.Limit), TooLarge: false);
            }
        }
        foreach (var demand in demands)
        {
            using var lease = _buckets.AttemptAcquire(demand.Resource, demand.Events);
            if (!lease.IsAcquired)
            {
                var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return new IngestRefusal(demand.Town, demand.Events, demand.Limit, retry, TooLarge: false);
            }
        }
        return null;
    }

    public void Dispose() => _buckets.Dispose();

    private static TokenBucketRateLimiterOptions PerMinute(int events) => new()
    {
        TokenLimit = events,
        TokensPerPeriod = PerSecond(events),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static int PerSecond(int perMinute) => (int)Math.Max((perMinute + 59L) / 60, 1);

    private static TimeSpan WaitFor(long missing, int perMinute) =>
        TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(missing / (double)PerSecond(perMinute))));
}

/// <param name="Town">The town whose budget ran out, or null for the key's own.</param>
/// <param name="TooLarge">The batch alone exceeds the per-minute limit: only a smaller batch can pass.</param>
public sealed record IngestRefusal(string? Town, int Events, int Limit, TimeSpan RetryAfter, bool TooLarge);
