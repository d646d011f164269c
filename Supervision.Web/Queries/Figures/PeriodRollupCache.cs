using Supervision.Web.Common;
using Supervision.Web.Ingestion;
using Supervision.Web.Data.Changes;

namespace Supervision.Web.Queries.Figures;

/// <summary>
/// The rollups of a hall scope and period already added up per town (one row per town instead of one
/// per town and day), so a warm figure query does no I/O and sums a dozen rows.
/// </summary>
/// <remarks>
/// Entries go when a commit of this process, or of another web node (the Redis relay calls
/// <see cref="Invalidate"/>), touches one of their (town, day) keys, and in any case after
/// <see cref="MaxAge"/>: other processes (the <c>simulate</c> or <c>import</c> command on the same file,
/// a node while Redis is down) write without telling us, so an entry is never older than that. A read that
/// raced a commit is not kept (<see cref="SharedComputationCache{TKey}"/>), so a commit is never hidden by an older read.
/// </remarks>
public sealed class PeriodRollupCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 512;

    private readonly SharedComputationCache<Key> _entries;
    private readonly IIngestionNotifications _notifications;

    public PeriodRollupCache(IIngestionNotifications notifications, TimeProvider time)
    {
        _notifications = notifications;
        _entries = new SharedComputationCache<Key>(time, MaxAge, MaxEntries);
        notifications.Committed += Invalidate;
    }

    /// <summary>Per-town sums of a period: town rows (Day = the period's first day) and each town's staff service sums.</summary>
    public sealed record Sums(IReadOnlyList<TownDayRollup> Towns, IReadOnlyList<StaffDayRollup> Staff);

    public readonly record struct Key(string? Town, DateOnly Start, DateOnly End);

    /// <summary>The sums of <paramref name="key"/>, read with <paramref name="load"/> only when none are fresh or on their way.</summary>
    public Task<Sums> GetAsync(Key key, Func<CancellationToken, Task<Sums>> load, CancellationToken ct) =>
        _entries.GetAsync(key, load, version: null, ct);

    /// <summary>Forgets the entries <paramref name="change"/> touches (this process's commits, and other nodes' through the Redis relay).</summary>
    public void Invalidate(IngestionCommitted change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _entries.Invalidate(key => Touches(key, change));
    }

    /// <summary>Forgets every entry (the benchmark measures cold queries with it).</summary>
    public void Clear() => _entries.Clear();

    public void Dispose()
    {
        _notifications.Committed -= Invalidate;
        _entries.Dispose();
    }

    private static bool Touches(Key key, IngestionCommitted change)
    {
        bool InScope(string town) => key.Town is null || key.Town == town;
        return change.Days is { } days
            ? days.Any(d => InScope(d.Town) && d.Day >= key.Start && d.Day <= key.End)
            : change.Towns.Any(InScope);
    }
}
