using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events;

public sealed record StaffAttendanceRecorded : HallEvent
{
    public required string Staff { get; init; }
    public required DateOnly Date { get; init; }
    public required AttendanceStatus Status { get; init; }

    public override string Type => EventTypes.StaffAttendance;
    public override SubjectKind SubjectKind => SubjectKind.Attendance;
    public override string SubjectId => $"{Staff}:{Date:yyyy-MM-dd}";

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Identifier(problems, "staff", Staff);
        EventInvariants.Enum(problems, "status", Status, EventVocabulary.AttendanceStatuses);
    }
}
