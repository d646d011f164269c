using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Queries.Cases;

/// <summary>
/// The rows of the case list: <see cref="Apply"/> is the translatable part of <see cref="CaseQuery"/> (everything
/// but the card colour), <see cref="Listed"/> the whole list in its order. The page's pages and the export are both cut from it.
/// </summary>
internal static class CaseFilters
{
    private static readonly CaseStatus[] Open = [CaseStatus.Accepted, CaseStatus.Transferred, CaseStatus.Paused, CaseStatus.Escalated];
    private static readonly CaseStatus[] Pending = [CaseStatus.Received, CaseStatus.AwaitingSupplement];

    public static IQueryable<CaseRecord> Apply(IQueryable<CaseRecord> cases, CaseQuery query)
    {
        if (query.Town is { Length: > 0 } town)
        {
            cases = cases.Where(c => c.Town == town);
        }
        if (query.Item is { Length: > 0 } item)
        {
            cases = cases.Where(c => c.ItemCode == item);
        }
        cases = query.Status switch
        {
            CaseStatusFilter.Open => cases.Where(c => Open.Contains(c.Status)),
            CaseStatusFilter.Completed => cases.Where(c => c.CompletedAt != null),
            CaseStatusFilter.Late => cases.Where(c => c.CompletedLate),
            CaseStatusFilter.Accepted => cases.Where(c => c.AcceptedDay != null),
            CaseStatusFilter.OnTime => cases.Where(c => c.CompletedOnTime == true),
            CaseStatusFilter.OneTrip => cases.Where(c => c.CompletedAt != null && c.OneTrip),
            CaseStatusFilter.Refused => cases.Where(c => c.Refused),
            CaseStatusFilter.Pending => cases.Where(c => Pending.Contains(c.Status)),
            _ => cases,
        };
        if (query.Card != CardColour.None)
        {
            cases = cases.Where(c => Open.Contains(c.Status) && c.Deadline != null);
        }
        if (query.Period is { } period)
        {
            var (start, end) = (period.Start, period.End);
            // The day the figure behind the filter counts the case on (docs/metrics.md), so a drill-down lists exactly its rows.
            cases = CaseStatusFilters.DateBasis(query.Status) switch
            {
                CaseDateBasis.Completion => cases.Where(c => c.CompletedDay >= start && c.CompletedDay <= end),
                CaseDateBasis.Refusal => cases.Where(c => c.RefusedDay >= start && c.RefusedDay <= end),
                _ => cases.Where(c => (c.AcceptedDay != null && c.AcceptedDay >= start && c.AcceptedDay <= end)
                                      || (c.AcceptedDay == null && c.ReceivedDay >= start && c.ReceivedDay <= end)),
            };
        }
        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            cases = cases.Where(c => c.CaseId.Contains(text)
                                     || (c.ItemCode != null && c.ItemCode.Contains(text))
                                     || (c.AcceptedStaff != null && c.AcceptedStaff.Contains(text)));
        }
        return cases;
    }

    /// <summary>Newest first by acceptance day, else receipt day, else refusal day; ties in a fixed order for stable pages.</summary>
    public static IQueryable<CaseRecord> Order(IQueryable<CaseRecord> cases) =>
        cases.OrderByDescending(c => c.AcceptedDay ?? c.ReceivedDay ?? c.RefusedDay)
            .ThenBy(c => c.Town)
            .ThenBy(c => c.CaseId);

    /// <summary>
    /// Every case <paramref name="query"/> lists, in the list's order (the page and size are ignored), read lazily
    /// from <paramref name="cases"/> so an export of a year never holds it in memory.
    /// </summary>
    public static IEnumerable<CaseRecord> Listed(IQueryable<CaseRecord> cases, CaseQuery query, DateTimeOffset now, WorkingCalendar calendar) =>
        WithCard(Order(Apply(cases, query)).AsEnumerable(), query.Card, now, calendar);

    /// <summary>A card depends on working time left now, which only the calendar knows: the card filter runs in memory.</summary>
    public static IEnumerable<CaseRecord> WithCard(IEnumerable<CaseRecord> ordered, CardColour card, DateTimeOffset now, WorkingCalendar calendar) =>
        card == CardColour.None ? ordered : ordered.Where(c => CaseCards.ColourAt(c, now, calendar) == card);
}
