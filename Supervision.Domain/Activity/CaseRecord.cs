using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Domain.Activity;

/// <summary>Where a case stands, derived from the facts known so far (later stages win).</summary>
public enum CaseStatus
{
    Received = 1,           // 已收件
    AwaitingSupplement = 2, // 待补正 (一次性告知 given, applicant not back yet)
    Accepted = 3,           // 已受理
    Transferred = 4,        // 已转办
    Paused = 5,             // 特别程序中
    Escalated = 6,          // 已上报
    Refused = 7,            // 已拒收
    Completed = 8,          // 已办结
    Issued = 9,             // 已出件
}

/// <summary>
/// Current state of one case (办件), rebuilt by <see cref="CaseFold"/> from all its events.
/// Flat on purpose so that the store maps it to one row; natural key (Town, CaseId).
/// </summary>
public sealed class CaseRecord
{
    public string Town { get; set; } = "";
    public string CaseId { get; set; } = "";

    /// <summary>From the acceptance, else from the latest receipt.</summary>
    public string? ItemCode { get; set; }

    /// <summary>On-site and self-service receipts; online submissions are no visit (DOMAIN figure 6).</summary>
    public int Visits { get; set; }

    /// <summary>Local dates of each visit, ascending, comma-separated <c>yyyy-MM-dd</c> (a date repeats per visit).</summary>
    public string VisitDays { get; set; } = "";

    public DateTimeOffset? FirstReceivedAt { get; set; }
    public int SupplementRequests { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }
    public string? AcceptedWindow { get; set; }
    public WindowKind? AcceptedWindowKind { get; set; }
    public bool AcceptedAtComprehensive { get; set; }
    public string? AcceptedStaff { get; set; }

    /// <summary>From the acceptance, else from the latest receipt.</summary>
    public CaseChannel? Channel { get; set; }

    /// <summary>承诺时限 of the item in working days; null when the item is not in the catalogue.</summary>
    public int? PromisedDays { get; set; }
    public bool IsInstant { get; set; }

    /// <summary>Null until accepted and the item is known. Includes closed pauses; an open pause freezes the clock instead.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>Working time (hours) of closed pauses inside [accepted, completed].</summary>
    public double PausedWorkingHours { get; set; }
    public bool IsPaused { get; set; }
    public DateTimeOffset? PausedSince { get; set; }

    /// <summary>
    /// Pauses reported after the deadline they would have moved, with an earlier time (补报): they do
    /// not stop the clock, so they cannot clear a red card, and they are a data-quality problem.
    /// </summary>
    public int BackdatedPauses { get; set; }

    /// <summary>Department of the latest transfer (转办).</summary>
    public string? TransferredTo { get; set; }
    public bool Escalated { get; set; }

    /// <summary>The town only pre-reviews the item and reports it up (上报): its clock stops at the escalation.</summary>
    public bool PreReviewOnly { get; set; }
    /// <summary>First escalation (上报).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateOnly? EscalatedDay { get; set; }
    /// <summary>A pre-review item escalated by its deadline (初审按时上报); null unless both are known.</summary>
    public bool? EscalatedOnTime { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public IssueMethod? IssueMethod { get; set; }

    public bool Refused { get; set; }
    public DateTimeOffset? RefusedAt { get; set; }
    /// <summary>Refused without a supervisor's approval (无权否决 violation).</summary>
    public bool RefusalViolation { get; set; }
    /// <summary>Refused without a written reason: counted, and listed as a data-quality problem.</summary>
    public bool RefusalWithoutReason { get; set; }
    public string? RefusalReason { get; set; }
    public string? RefusalApprovedBy { get; set; }
    /// <summary>
    /// Accepted after the refusal (the refusal was overturned): the case is open again with its clock,
    /// <see cref="Refused"/> is false, and the refusal still counts on <see cref="RefusedDay"/>.
    /// </summary>
    public bool RefusalOverturned { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>
    /// Events of a case whose item is unknown: none names an item in the catalogue (no receipt or
    /// acceptance arrived, or the item left the catalogue). A data-quality problem of the town.
    /// </summary>
    public bool UnknownItem { get; set; }

    /// <summary>Completed by its deadline; null while not completed or while the deadline is unknown.</summary>
    public bool? CompletedOnTime { get; set; }
    /// <summary>超期办结.</summary>
    public bool CompletedLate { get; set; }
    /// <summary>
    /// Working days from the acceptance instant to completion (or a pre-review item's escalation), minus
    /// paused working time: how long the case took (平均/中位/P90 办理时长).
    /// </summary>
    public double? ProcessingWorkingDays { get; set; }
    /// <summary>
    /// Working days used on the promise clock (提速率): from closing time of the effective acceptance day,
    /// where the deadline starts counting, to completion or escalation, minus paused working time inside
    /// that window (<see cref="Calendar.WorkingCalendar.PromiseClockUsedDays"/>). Null while
    /// <see cref="ProcessingWorkingDays"/> is, or while the item is unknown.
    /// </summary>
    public double? PromiseClockUsedDays { get; set; }
    /// <summary>An instant (即办) item completed on the local day it was accepted.</summary>
    public bool InstantSameDay { get; set; }
    /// <summary>Completed with at most one visit (一次办好).</summary>
    public bool OneTrip { get; set; }

    /// <summary>
    /// At least one review names this case (numerator of 评价率 on the completion day). Not a fact of the
    /// case's own events: the projection sets it from the review records, so <see cref="CaseFold"/> leaves it false.
    /// </summary>
    public bool Reviewed { get; set; }

    public DateOnly? ReceivedDay { get; set; }
    public DateOnly? AcceptedDay { get; set; }
    public DateOnly? CompletedDay { get; set; }
    public DateOnly? RefusedDay { get; set; }

    public int EventCount { get; set; }
    public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>A copy to change without touching the original (records are flat: a shallow copy is a full one).</summary>
    public CaseRecord Copy() => (CaseRecord)MemberwiseClone();

    public bool IsOpen => AcceptedAt is not null && CompletedAt is null && IssuedAt is null && !Refused;

    /// <summary>The town's clock has stopped: a pre-review item reported up; the county's part is not the town's.</summary>
    public bool TownClockStopped => PreReviewOnly && EscalatedAt is not null;

    public IEnumerable<DateOnly> VisitDates() =>
        VisitDays.Length == 0 ? [] : VisitDays.Split(',').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd"));

    /// <summary>Every local day whose rollups this case contributes to.</summary>
    public IEnumerable<DateOnly> RollupDays() =>
        VisitDates().Concat(Days(AcceptedDay, CompletedDay, RefusedDay, EscalatedOnTime is null ? null : EscalatedDay)).Distinct();

    internal static IEnumerable<DateOnly> Days(params DateOnly?[] days) =>
        days.Where(d => d is not null).Select(d => d!.Value);
}
