using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>
/// Current state of one “一次办不好” complaint. Natural key (Town, ComplaintId). Due instants are the
/// closing time of the due day, so anything done during that day's hall hours is on time.
/// </summary>
public sealed class ComplaintRecord
{
    public string Town { get; set; } = "";
    public string ComplaintId { get; set; } = "";
    public string? CaseId { get; set; }
    public ComplaintCategory? Category { get; set; }
    public ComplaintChannel? Channel { get; set; }

    public DateTimeOffset? FiledAt { get; set; }
    public DateOnly? FiledDay { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }
    public DateTimeOffset? RespondDue { get; set; }
    public DateOnly? RespondDueDay { get; set; }
    /// <summary>Null while not responded.</summary>
    public bool? RespondedOnTime { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ResolveDue { get; set; }
    public DateOnly? ResolveDueDay { get; set; }
    /// <summary>Null while not resolved.</summary>
    public bool? ResolvedOnTime { get; set; }
    /// <summary>Null while not resolved.</summary>
    public bool? Substantiated { get; set; }

    public DateTimeOffset? FollowedUpAt { get; set; }
    public bool? FollowUpSatisfied { get; set; }

    public int EventCount { get; set; }
    public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>A copy to change without touching the original (records are flat: a shallow copy is a full one).</summary>
    public ComplaintRecord Copy() => (ComplaintRecord)MemberwiseClone();

    public IEnumerable<DateOnly> RollupDays() => CaseRecord.Days(FiledDay, RespondDueDay, ResolveDueDay).Distinct();
}
