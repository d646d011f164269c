namespace Supervision.Domain.Events;

public sealed record StaffAttendanceRecorded : HallEvent
{
    public required string Staff { get; init; }
    public required DateOnly Date { get; init; }
    public required AttendanceStatus Status { get; init; }

    public override string Type => EventTypes.StaffAttendance;
    public override SubjectKind SubjectKind => SubjectKind.Attendance;
    public override string SubjectId => $"{Staff}:{Date:yyyy-MM-dd}";
}
