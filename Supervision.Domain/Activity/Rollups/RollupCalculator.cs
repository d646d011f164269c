using Supervision.Domain.Events;

namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// Builds the rollup rows of one (Town, Day) from the records touching that day: what a full rebuild
/// writes. Incremental upkeep applies a <see cref="RollupDelta"/> instead, which sums the same
/// per-record contributions (<see cref="DayAccumulator"/>) and so yields the same rows.
/// </summary>
public static class RollupCalculator
{
    /// <summary>Days to recompute when a record changes: its rollup days before and after (a late event can move one).</summary>
    public static IReadOnlySet<DateOnly> AffectedDays(IEnumerable<DateOnly>? before, IEnumerable<DateOnly> after) =>
        new SortedSet<DateOnly>((before ?? []).Concat(after));

    public static DayRollups ForDay(string town, DateOnly day, DayRecords records)
    {
        ArgumentNullException.ThrowIfNull(town);
        ArgumentNullException.ThrowIfNull(records);
        var builder = new DayAccumulator(town, day);
        foreach (var record in Ordered(records.Cases, town, r => r.Town, r => r.CaseId)) builder.Add(record, +1);
        foreach (var record in Ordered(records.Tickets, town, r => r.Town, r => r.Ticket)) builder.Add(record, +1);
        foreach (var record in Ordered(records.Reviews, town, r => r.Town, r => r.ReviewId)) builder.Add(record, +1);
        foreach (var record in Ordered(records.Complaints, town, r => r.Town, r => r.ComplaintId)) builder.Add(record, +1);
        foreach (var record in Ordered(records.Attendance, town, r => r.Town, r => $"{r.StaffId}|{r.Date:yyyy-MM-dd}")) builder.Add(record, +1);
        return builder.Build();
    }

    // A record passed twice counts once; the fixed order keeps staff and item rows in key order.
    private static IEnumerable<T> Ordered<T>(IEnumerable<T> records, string town, Func<T, string> townOf, Func<T, string> keyOf) =>
        records.Where(r => townOf(r) == town).DistinctBy(keyOf, StringComparer.Ordinal).OrderBy(keyOf, StringComparer.Ordinal);
}
