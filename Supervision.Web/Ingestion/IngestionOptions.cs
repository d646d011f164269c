namespace Supervision.Web.Ingestion;

/// <summary>Configuration section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted request body of POST /api/v1/events.</summary>
    [Range(1024L, 1024L * 1024 * 1024, ErrorMessage = "应为 1024 到 1073741824 之间的字节数")]
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How many days a <c>staff.attendance</c> date may lie before or after the day of its <c>at</c>
    /// (late corrections of a month are normal; a date years away is not).
    /// </summary>
    [Range(0, 366, ErrorMessage = "应为 0 到 366 之间的天数")]
    public int AttendanceDateWindowDays { get; set; } = Domain.Events.Json.EventIngestRules.DefaultAttendanceDateWindowDays;

    /// <summary>
    /// How many recently written subjects (cases, tickets, …) SQLite ingestion keeps in memory, in each of
    /// its two generations, so a batch that continues them reads nothing back; 0 turns the working set off.
    /// </summary>
    [Range(0, 10_000_000, ErrorMessage = "应为 0 到 10000000 之间的整数（0 表示关闭）")]
    public int WorkingSetSubjects { get; set; } = 25_000;
}
