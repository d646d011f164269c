using Supervision.Domain.Activity;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Figures;

/// <summary>
/// What a hall looks like now (figures 4 and 7): not summed from rollups but read off open records.
/// The live layer builds one per hall with <see cref="From"/> and passes it to the calculator.
/// </summary>
public sealed record LiveHallState(
    string Town,
    int WaitingNow,
    long? LongestCurrentWaitSeconds,
    int WindowsServingNow,
    int OpenRedCards,
    int OpenYellowCards)
{
    /// <param name="tickets">Tickets of the hall issued today (China time); older waiting tickets are stale, not waiting.</param>
    /// <param name="openCases">The hall's open cases (accepted, not completed, issued or refused).</param>
    public static LiveHallState From(string town, IEnumerable<TicketRecord> tickets, IEnumerable<CaseRecord> openCases,
        WorkingCalendar calendar, DateTimeOffset now)
    {
        var today = WorkingCalendar.LocalDate(now);
        var todays = tickets.Where(t => t.Town == town && t.IssuedDay == today).ToList();
        var waiting = todays.Where(t => QueueClock.IsWaiting(t, now, calendar.Hours)).ToList();
        long? longest = waiting.Count == 0
            ? null
            : waiting.Max(t => (long)QueueClock.WaitSoFar(t, now, calendar.Hours)!.Value.TotalSeconds);
        var serving = todays.Where(t => t.Status == TicketStatus.Called && t.Window is not null)
            .Select(t => t.Window).Distinct().Count();
        var cards = openCases.Where(c => c.Town == town).Select(c => CaseCards.ColourAt(c, now, calendar)).ToList();
        return new LiveHallState(town, waiting.Count, longest, serving,
            cards.Count(c => c == CardColour.Red), cards.Count(c => c == CardColour.Yellow));
    }

    /// <summary>Several halls at once (the county): counts add up, the longest wait is the longest of all.</summary>
    public static LiveHallState Combine(string label, IEnumerable<LiveHallState> halls)
    {
        var list = halls.ToList();
        return new LiveHallState(label,
            list.Sum(h => h.WaitingNow),
            list.Max(h => h.LongestCurrentWaitSeconds),
            list.Sum(h => h.WindowsServingNow),
            list.Sum(h => h.OpenRedCards),
            list.Sum(h => h.OpenYellowCards));
    }
}
