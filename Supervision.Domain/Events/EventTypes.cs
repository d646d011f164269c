namespace Supervision.Domain.Events;

/// <summary>The wire names of contract v1's event types.</summary>
public static class EventTypes
{
    public const string TicketIssued = "ticket.issued";
    public const string TicketCalled = "ticket.called";
    public const string TicketFinished = "ticket.finished";
    public const string TicketAbandoned = "ticket.abandoned";

    public const string CaseReceived = "case.received";
    public const string CaseSupplementRequested = "case.supplement_requested";
    public const string CaseAccepted = "case.accepted";
    public const string CaseTransferred = "case.transferred";
    public const string CasePaused = "case.paused";
    public const string CaseResumed = "case.resumed";
    public const string CaseEscalated = "case.escalated";
    public const string CaseCompleted = "case.completed";
    public const string CaseIssued = "case.issued";
    public const string CaseRefused = "case.refused";

    public const string ReviewSubmitted = "review.submitted";
    public const string ReviewVerified = "review.verified";
    public const string ReviewRectified = "review.rectified";
    public const string ReviewFollowedUp = "review.followed_up";

    public const string ComplaintFiled = "complaint.filed";
    public const string ComplaintResponded = "complaint.responded";
    public const string ComplaintResolved = "complaint.resolved";
    public const string ComplaintFollowedUp = "complaint.followed_up";

    public const string StaffAttendance = "staff.attendance";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        TicketIssued, TicketCalled, TicketFinished, TicketAbandoned,
        CaseReceived, CaseSupplementRequested, CaseAccepted, CaseTransferred, CasePaused, CaseResumed,
        CaseEscalated, CaseCompleted, CaseIssued, CaseRefused,
        ReviewSubmitted, ReviewVerified, ReviewRectified, ReviewFollowedUp,
        ComplaintFiled, ComplaintResponded, ComplaintResolved, ComplaintFollowedUp,
        StaffAttendance,
    };
}
