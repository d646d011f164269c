using Supervision.Domain.Calendar;

namespace Supervision.Domain.Activity;

public static class CaseDeadline
{
    /// <summary>
    /// Whether the case's deadline was counted through a year without calendar data (暂定). The record
    /// stores only the instant; the counted span runs from the acceptance to it, so the calendar in
    /// force answers without refolding the case.
    /// </summary>
    public static bool IsProvisional(CaseRecord record, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(calendar);
        return record is { AcceptedAt: { } accepted, Deadline: { } deadline }
            && calendar.IsProvisional(WorkingCalendar.LocalDate(accepted), WorkingCalendar.LocalDate(deadline));
    }
}
