using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>A staff member's day: the latest report wins (by At, ties by Id), as corrections come later.</summary>
public static class AttendanceFold
{
    public static AttendanceRecord Fold(IReadOnlyList<StaffAttendanceRecorded> events)
    {
        var sorted = EventOrder.Sorted(events);
        var latest = sorted[^1];
        return new AttendanceRecord
        {
            Town = latest.Town,
            StaffId = latest.Staff,
            Date = latest.Date,
            Status = latest.Status,
            DecidingEventId = latest.Id,
            RecordedAt = latest.At,
            EventCount = sorted.Count,
        };
    }
}
