using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>One staff member's attendance on one day. Natural key (Town, StaffId, Date).</summary>
public sealed class AttendanceRecord
{
    public string Town { get; set; } = "";
    public string StaffId { get; set; } = "";
    public DateOnly Date { get; set; }
    public AttendanceStatus Status { get; set; }

    /// <summary>Id and time of the event that decided <see cref="Status"/> (latest by At, ties by Id).</summary>
    public string DecidingEventId { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public int EventCount { get; set; }

    public IEnumerable<DateOnly> RollupDays() => [Date];
}
