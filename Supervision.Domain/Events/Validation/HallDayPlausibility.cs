using Supervision.Domain.Calendar;

namespace Supervision.Domain.Events.Validation;

/// <summary>Most tickets and accepted cases one hall can have on one local day (docs/events.md, 合理性上限).</summary>
public sealed record HallDayLimits(int TicketsPerDay, int CasesPerDay);

/// <summary>Tickets issued and cases accepted of one hall on one local day.</summary>
public readonly record struct HallDayCount(int Tickets, int Cases)
{
    public static HallDayCount operator +(HallDayCount a, HallDayCount b) => new(a.Tickets + b.Tickets, a.Cases + b.Cases);
}

/// <summary>One hall-day a batch would make absurd: more tickets or cases than any hall can have.</summary>
public sealed record ImplausibleHallDay(string Town, DateOnly Day, HallDayCount Stored, HallDayCount Batch, HallDayLimits Limits)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The refusal in Chinese, naming the first limit exceeded.</summary>
    public string Reason
    {
        get
        {
            var total = Stored + Batch;
            return total.Tickets > Limits.TicketsPerDay
                ? Describe("取号", Stored.Tickets, Batch.Tickets, Limits.TicketsPerDay)
                : Describe("受理办件", Stored.Cases, Batch.Cases, Limits.CasesPerDay);
        }
    }

    private string Describe(string what, int stored, int batch, int limit) => string.Format(Chinese,
        "镇街 {0} {1:yyyy-MM-dd} 的{2}数将达到 {3:N0}（已存储 {4:N0}，本批 {5:N0}），超过单个大厅每日合理上限 {6:N0}",
        Town, Day, what, stored + batch, stored, batch, limit);
}

/// <summary>
/// A hall system gone wrong (or a stolen key) can send events that each look valid yet add up to a day no hall
/// ever has. Such a batch is refused whole, like an invalid one. Counted before duplicates are removed, so the
/// limits must leave room for a hall re-sending a whole day.
/// </summary>
public static class HallDayPlausibility
{
    /// <summary>The batch's tickets issued and cases accepted per (town, local day).</summary>
    public static IReadOnlyDictionary<(string Town, DateOnly Day), HallDayCount> Count(IReadOnlyList<HallEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var counts = new Dictionary<(string, DateOnly), HallDayCount>();
        foreach (var hallEvent in events)
        {
            var add = hallEvent switch
            {
                TicketIssued => new HallDayCount(1, 0),
                CaseAccepted => new HallDayCount(0, 1),
                _ => default,
            };
            if (add == default)
                continue;
            var key = (hallEvent.Town, WorkingCalendar.LocalDate(hallEvent.At));
            counts[key] = counts.GetValueOrDefault(key) + add;
        }
        return counts;
    }

    /// <param name="batch">What <see cref="Count"/> found in the batch.</param>
    /// <param name="stored">What is already stored for those hall-days (missing = nothing).</param>
    public static IReadOnlyList<ImplausibleHallDay> Check(
        IReadOnlyDictionary<(string Town, DateOnly Day), HallDayCount> batch,
        IReadOnlyDictionary<(string Town, DateOnly Day), HallDayCount> stored,
        HallDayLimits limits)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(limits);
        var found = new List<ImplausibleHallDay>();
        foreach (var ((town, day), count) in batch.OrderBy(b => b.Key.Town, StringComparer.Ordinal).ThenBy(b => b.Key.Day))
        {
            var before = stored.GetValueOrDefault((town, day));
            var total = before + count;
            if (total.Tickets > limits.TicketsPerDay || total.Cases > limits.CasesPerDay)
                found.Add(new ImplausibleHallDay(town, day, before, count, limits));
        }
        return found;
    }
}
