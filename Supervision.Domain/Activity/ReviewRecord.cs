using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>
/// Current state of one review (好差评). Natural key (Town, ReviewId). Due dates apply to 差评 only:
/// verification to every 差评, rectification and follow-up to those not verified invalid.
/// </summary>
public sealed class ReviewRecord
{
    public string Town { get; set; } = "";
    public string ReviewId { get; set; } = "";
    public string? CaseId { get; set; }
    public string? Window { get; set; }
    public string? Staff { get; set; }
    public int? Level { get; set; }
    /// <summary>Level ≥ 3 (好评).</summary>
    public bool IsGood { get; set; }
    /// <summary>Level ≤ 2 (差评).</summary>
    public bool IsNegative { get; set; }
    public ReviewChannel? Channel { get; set; }
    /// <summary>Reasons joined with '；'.</summary>
    public string? Reasons { get; set; }
    /// <summary>A 差评 without reasons: counted, and listed as a data-quality problem.</summary>
    public bool MissingReasons { get; set; }

    /// <summary>
    /// 补评 past the limit: submitted more than <see cref="ActivityRules.LateReviewDays"/> working days after
    /// the case it names was completed. Stored and listed, but in no review figure. It joins two subjects,
    /// so the projection sets it (<see cref="CaseReviewMarks"/>); <see cref="ReviewFold"/> leaves it false.
    /// </summary>
    public bool Late { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
    public DateOnly? SubmittedDay { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }
    public bool? Valid { get; set; }
    public DateTimeOffset? VerifyDue { get; set; }
    public bool? VerifiedOnTime { get; set; }

    /// <summary>A 差评 not verified invalid: it must be rectified and followed up.</summary>
    public bool NeedsRectification { get; set; }
    public DateTimeOffset? RectifiedAt { get; set; }
    public DateTimeOffset? RectifyDue { get; set; }
    public DateOnly? RectifyDueDay { get; set; }
    /// <summary>Rectified by <see cref="RectifyDue"/>; false once rectified late; null while not rectified.</summary>
    public bool? RectifiedOnTime { get; set; }

    public DateTimeOffset? FollowedUpAt { get; set; }
    public bool? FollowUpSatisfied { get; set; }

    public int EventCount { get; set; }
    public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>A copy to change without touching the original (records are flat: a shallow copy is a full one).</summary>
    public ReviewRecord Copy() => (ReviewRecord)MemberwiseClone();

    public IEnumerable<DateOnly> RollupDays() => CaseRecord.Days(SubmittedDay, RectifyDueDay).Distinct();
}
