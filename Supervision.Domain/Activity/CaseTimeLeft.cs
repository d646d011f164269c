using Supervision.Domain.Calendar;

namespace Supervision.Domain.Activity;

/// <summary>Where a case's clock stands.</summary>
public enum CaseClock
{
    /// <summary>Not accepted, refused, or its deadline unknown (item not in the catalogue): no clock to read.</summary>
    None = 0,
    Running = 1,
    /// <summary>A special procedure (特别程序): the clock stands at the start of the pause.</summary>
    Paused = 2,
    Completed = 3,
    /// <summary>A pre-review item reported up (上报): the town's part has ended.</summary>
    ReportedUp = 4,
}

/// <summary>
/// 剩余 N 个工作日 or 超期 N 个工作日 of a case, counted in working time on the kept calendar. A part of a
/// working day counts as a day: at 10:00 of its last day a case has 1 day left, and a case is overdue by
/// at least 1 day as soon as its deadline has passed (also over the weekend that follows). An ended clock
/// tells how late the case ended (0 when on time); a paused one how things stood when the pause began.
/// </summary>
/// <param name="Provisional">The count runs through a year whose 放假安排 is not kept (暂定).</param>
public readonly record struct CaseTimeLeft(CaseClock Clock, bool Overdue, int WorkingDays, bool Provisional)
{
    public static CaseTimeLeft Of(CaseRecord record, DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(calendar);
        if (record.AcceptedAt is null || record.Refused || record.Deadline is not { } deadline)
        {
            return default;
        }
        var (clock, at) = record.TownClockStopped && record.EscalatedAt is { } escalated ? (CaseClock.ReportedUp, escalated)
            : record.CompletedAt is { } completed ? (CaseClock.Completed, completed)
            : record.IsPaused && record.PausedSince is { } since && since < now ? (CaseClock.Paused, since)
            : (CaseClock.Running, now);
        var overdue = at > deadline;
        var ended = clock is CaseClock.Completed or CaseClock.ReportedUp;
        var days = overdue ? Math.Max(1, WholeDays(calendar, deadline, at)) : ended ? 0 : WholeDays(calendar, at, deadline);
        var (first, last) = (WorkingCalendar.LocalDate(at), WorkingCalendar.LocalDate(deadline));
        var provisional = CaseDeadline.IsProvisional(record, calendar)
            || calendar.IsProvisional(first < last ? first : last, first < last ? last : first);
        return new CaseTimeLeft(clock, overdue, days, provisional);
    }

    /// <summary>Working days from one instant to a later one, a begun day counting whole.</summary>
    private static int WholeDays(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to) =>
        (int)Math.Ceiling(calendar.WorkingTimeBetween(from, to) / calendar.Hours.Length);
}
