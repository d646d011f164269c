namespace Supervision.Domain.Events.Json;

/// <summary>
/// The rules that apply to events arriving from outside (POST /api/v1/events), on top of the contract
/// itself: identifiers are trimmed and may hold no invisible characters, free text is neutralised,
/// <c>at</c> lies between <see cref="EarliestAt"/> and 10 minutes after <see cref="Now"/>, and an
/// attendance <c>date</c> lies within <see cref="AttendanceDateWindowDays"/> days of the day of <c>at</c>.
/// Stored events are read back without them, so that what was once accepted can always be read.
/// </summary>
/// <param name="Now">The server's clock.</param>
/// <param name="AttendanceDateWindowDays">How many days an attendance date may lie before or after the day of its <c>at</c>.</param>
public sealed record EventIngestRules(DateTimeOffset Now, int AttendanceDateWindowDays = EventIngestRules.DefaultAttendanceDateWindowDays)
{
    public const int DefaultAttendanceDateWindowDays = 31;

    /// <summary>
    /// No hall of the county reported anything before the pilot's preparation began in 2019; an earlier
    /// <c>at</c> is a broken clock or a forged event, and it would land in years no figure covers.
    /// </summary>
    public static readonly DateTimeOffset EarliestAt = new(2019, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
}
