using Supervision.Domain.Calendar;

namespace Supervision.Domain.Activity;

/// <summary>
/// The wait of a ticket not yet called. Halls close their queue at closing time: a ticket never called
/// (nor abandoned) by then is closed with the hall, so its wait stops at the closing time of its day and
/// it no longer waits afterwards, however late its events arrive or the dashboard is read.
/// </summary>
public static class QueueClock
{
    /// <summary>Closing time of the ticket's issue day; a wait never runs past it.</summary>
    public static DateTimeOffset? ClosesAt(TicketRecord ticket, HallHours hours)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(hours);
        return ticket.IssuedDay is { } day ? WorkingCalendar.AtLocal(day, hours.Closing) : null;
    }

    /// <summary>Still waiting at <paramref name="now"/>: issued, neither called, finished nor abandoned, and its hall not yet closed.</summary>
    public static bool IsWaiting(TicketRecord ticket, DateTimeOffset now, HallHours hours) =>
        ticket.Status == TicketStatus.Waiting && ticket.IssuedAt is not null && now < ClosesAt(ticket, hours);

    /// <summary>How long an uncalled ticket has waited by <paramref name="now"/>, stopped at closing time; null once called or ended.</summary>
    public static TimeSpan? WaitSoFar(TicketRecord ticket, DateTimeOffset now, HallHours hours)
    {
        if (ticket.Status != TicketStatus.Waiting || ticket.IssuedAt is not { } issued || ClosesAt(ticket, hours) is not { } closes)
        {
            return null;
        }
        var end = now < closes ? now : closes;
        return end > issued ? end - issued : TimeSpan.Zero;
    }
}
