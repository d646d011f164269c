using Supervision.Domain.Events;

namespace Supervision.Tests.Domain.Events;

/// <summary>One valid event of every contract-v1 type, at fixed instants in town 370323001.</summary>
internal static class EventSamples
{
    public const string Town = "370323001";
    public static readonly DateTimeOffset At = new(2020, 6, 1, 9, 30, 15, TimeSpan.FromHours(8));

    /// <summary>Slightly after every sample, so none is "in the future".</summary>
    public static readonly DateTimeOffset Now = new(2020, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<HallEvent> All { get; } =
    [
        new TicketIssued { Id = "e-01", Town = Town, At = At, Ticket = "A001", Category = "综合受理" },
        new TicketCalled { Id = "e-02", Town = Town, At = At, Ticket = "A001", Window = "370323001-01", Staff = "370323001-S01" },
        new TicketFinished { Id = "e-03", Town = Town, At = At, Ticket = "A001" },
        new TicketAbandoned { Id = "e-04", Town = Town, At = At, Ticket = "A002" },
        new CaseReceived { Id = "e-05", Town = Town, At = At, Case = "C1", Item = "ITEM-001", Window = "370323001-01", Staff = "370323001-S01", Channel = CaseChannel.Onsite },
        new CaseSupplementRequested { Id = "e-06", Town = Town, At = At, Case = "C1", Materials = ["户口簿复印件", "近期免冠照片"] },
        new CaseAccepted { Id = "e-07", Town = Town, At = At, Case = "C1", Item = "ITEM-001", Window = "370323001-01", Staff = "370323001-S01", Channel = CaseChannel.SelfService },
        new CaseTransferred { Id = "e-08", Town = Town, At = At, Case = "C1", Department = "RS" },
        new CasePaused { Id = "e-09", Town = Town, At = At, Case = "C1", Reason = "实地踏勘" },
        new CaseResumed { Id = "e-10", Town = Town, At = At, Case = "C1" },
        new CaseEscalated { Id = "e-11", Town = Town, At = At, Case = "C1" },
        new CaseCompleted { Id = "e-12", Town = Town, At = At, Case = "C1", Outcome = CaseOutcome.Denied },
        new CaseIssued { Id = "e-13", Town = Town, At = At, Case = "C1", Window = "370323001-02", Method = IssueMethod.Mail },
        new CaseRefused { Id = "e-14", Town = Town, At = At, Case = "C2", Reason = "不属于本中心受理范围", ApprovedBy = null },
        new ReviewSubmitted { Id = "e-15", Town = Town, At = At, Review = "R1", Case = null, Window = "370323001-01", Staff = "370323001-S01", Level = 2, Channel = ReviewChannel.QrCode, Reasons = ["等待时间长", "态度一般"] },
        new ReviewVerified { Id = "e-16", Town = Town, At = At, Review = "R1", Valid = true },
        new ReviewRectified { Id = "e-17", Town = Town, At = At, Review = "R1" },
        new ReviewFollowedUp { Id = "e-18", Town = Town, At = At, Review = "R1", Satisfied = false },
        new ComplaintFiled { Id = "e-19", Town = Town, At = At, Complaint = "K1", Case = "C1", Category = ComplaintCategory.UnclearMaterials, Channel = ComplaintChannel.Hotline },
        new ComplaintResponded { Id = "e-20", Town = Town, At = At, Complaint = "K1" },
        new ComplaintResolved { Id = "e-21", Town = Town, At = At, Complaint = "K1", Substantiated = true },
        new ComplaintFollowedUp { Id = "e-22", Town = Town, At = At, Complaint = "K1", Satisfied = true },
        new StaffAttendanceRecorded { Id = "e-23", Town = Town, At = At, Staff = "370323001-S01", Date = new DateOnly(2020, 6, 1), Status = AttendanceStatus.Late },
    ];
}
