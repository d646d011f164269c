namespace Supervision.Domain.Events;

/// <summary>
/// A subject string (<c>HallEvent.Subject</c>: <c>kind:town:id</c>) taken apart, so the record it
/// folds into can be found by that record's natural key.
/// </summary>
public readonly record struct SubjectKey(SubjectKind Kind, string Town, string Id)
{
    private const string DateFormat = "yyyy-MM-dd";

    public static SubjectKey Parse(string subject)
    {
        var parts = subject.Split(':', 3);
        if (parts.Length != 3 || !Enum.TryParse<SubjectKind>(parts[0], ignoreCase: true, out var kind))
        {
            throw new FormatException($"无法解析对象标识：{subject}");
        }
        return new SubjectKey(kind, parts[1], parts[2]);
    }

    public static string Of(SubjectKind kind, string town, string id) =>
        $"{kind.Name()}:{town}:{id}";

    public static string OfAttendance(string town, string staff, DateOnly date) =>
        Of(SubjectKind.Attendance, town, $"{staff}:{date.ToString(DateFormat, CultureInfo.InvariantCulture)}");

    /// <summary>An attendance subject's id is <c>staff:yyyy-MM-dd</c>.</summary>
    public (string Staff, DateOnly Date) AttendanceParts =>
        (Id[..^(DateFormat.Length + 1)], DateOnly.ParseExact(Id[^DateFormat.Length..], DateFormat, CultureInfo.InvariantCulture));
}
