namespace Supervision.Web.Ingestion;

/// <summary>Configuration section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted request body of POST /api/v1/events.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How many days a <c>staff.attendance</c> date may lie before or after the day of its <c>at</c>
    /// (late corrections of a month are normal; a date years away is not).
    /// </summary>
    public int AttendanceDateWindowDays { get; set; } = Domain.Events.Json.EventIngestRules.DefaultAttendanceDateWindowDays;

    /// <summary>
    /// How many recently written subjects (cases, tickets, …) SQLite ingestion keeps in memory, in each of
    /// its two generations, so a batch that continues them reads nothing back; 0 turns the working set off.
    /// </summary>
    public int WorkingSetSubjects { get; set; } = 25_000;
}
