using System.Collections.Concurrent;
using Supervision.Domain.Activity.Rollups;
using Supervision.Web.Ingestion;

namespace Supervision.Web.Queries;

/// <summary>
/// The rollups of a hall scope and period already added up per town (one row per town instead of one
/// per town and day), so a warm figure query does no I/O and sums a dozen rows.
/// </summary>
/// <remarks>
/// Entries go when a commit of this process, or of another web node (the Redis relay calls
/// <see cref="Invalidate"/>), touches one of their (town, day) keys, and in any case after
/// <see cref="MaxAge"/>: other processes (the <c>simulate</c> or <c>import</c> command on the same file,
/// a node while Redis is down) write without telling us, so an entry is never older than that. A fill that raced
/// a commit is not kept (generation check), so a commit is never hidden by an older read.
/// </remarks>
public sealed class PeriodRollupCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private readonly IIngestionNotifications notifications;
    private readonly TimeProvider time;
    private long generation;

    public PeriodRollupCache(IIngestionNotifications notifications, TimeProvider time)
    {
        this.notifications = notifications;
        this.time = time;
        notifications.Committed += Invalidate;
    }

    /// <summary>Per-town sums of a period: town rows (Day = the period's first day) and each town's staff service sums.</summary>
    public sealed record Sums(IReadOnlyList<TownDayRollup> Towns, IReadOnlyList<StaffDayRollup> Staff);

    public readonly record struct Key(string? Town, DateOnly Start, DateOnly End);

    public async Task<Sums> GetAsync(Key key, Func<CancellationToken, Task<Sums>> load, CancellationToken ct)
    {
        if (entries.TryGetValue(key, out var hit) && time.GetUtcNow() - hit.LoadedAt < MaxAge)
        {
            return hit.Sums;
        }
        var before = Interlocked.Read(ref generation);
        var sums = await load(ct);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        entries[key] = new Entry(sums, time.GetUtcNow());
        if (Interlocked.Read(ref generation) != before)
        {
            // A commit landed while we read: our rows may predate it.
            entries.TryRemove(key, out _);
        }
        return sums;
    }

    /// <summary>Forgets the entries <paramref name="change"/> touches (this process's commits, and other nodes' through the Redis relay).</summary>
    public void Invalidate(IngestionCommitted change)
    {
        Interlocked.Increment(ref generation);
        foreach (var (key, _) in entries)
        {
            if (Touches(key, change))
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    private static bool Touches(Key key, IngestionCommitted change)
    {
        bool InScope(string town) => key.Town is null || key.Town == town;
        return change.Days is { } days
            ? days.Any(d => InScope(d.Town) && d.Day >= key.Start && d.Day <= key.End)
            : change.Towns.Any(InScope);
    }

    /// <summary>Forgets every entry (the benchmark measures cold queries with it).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    public void Dispose() => notifications.Committed -= Invalidate;

    private sealed record Entry(Sums Sums, DateTimeOffset LoadedAt);
}
