namespace Supervision.Web.ApiReference;

/// <summary>
/// One example event of every type of contract v1, built as domain events so the document shows their
/// canonical JSON (<c>EventJson</c>). They name the county's reference data (town 370323001, its window 01
/// and staff S01, item RS-001, department RS), so each is accepted as it stands.
/// </summary>
public static class EventExamples
{
    private const string Town = "370323001";
    private const string Window = "370323001-01";
    private const string IssueWindow = "370323001-02";
    private const string Staff = "370323001-S01";
    private static readonly DateTimeOffset At = new(2020, 6, 1, 9, 30, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<HallEvent> All { get; } =
    [
        new TicketIssued { Id = "t1", Town = Town, At = At, Ticket = "A001", Category = "综合受理" },
        new TicketCalled { Id = "t2", Town = Town, At = At, Ticket = "A001", Window = Window, Staff = Staff },
        new TicketFinished { Id = "t3", Town = Town, At = At, Ticket = "A001" },
        new TicketAbandoned { Id = "t4", Town = Town, At = At, Ticket = "A001" },
        new CaseReceived { Id = "c1", Town = Town, At = At, Case = "C1", Item = "RS-001", Window = Window, Staff = Staff, Channel = CaseChannel.Onsite },
        new CaseSupplementRequested { Id = "c2", Town = Town, At = At, Case = "C1", Materials = ["户口簿复印件", "照片"] },
        new CaseAccepted { Id = "c3", Town = Town, At = At, Case = "C1", Item = "RS-001", Window = Window, Staff = Staff, Channel = CaseChannel.Online },
        new CaseTransferred { Id = "c4", Town = Town, At = At, Case = "C1", Department = "RS" },
        new CasePaused { Id = "c5", Town = Town, At = At, Case = "C1", Reason = "实地踏勘" },
        new CaseResumed { Id = "c6", Town = Town, At = At, Case = "C1" },
        new CaseEscalated { Id = "c7", Town = Town, At = At, Case = "C1" },
        new CaseCompleted { Id = "c8", Town = Town, At = At, Case = "C1", Outcome = CaseOutcome.Approved },
        new CaseIssued { Id = "c9", Town = Town, At = At, Case = "C1", Window = IssueWindow, Method = IssueMethod.Counter },
        new CaseRefused { Id = "c10", Town = Town, At = At, Case = "C2", Reason = "材料不全", ApprovedBy = null },
        new ReviewSubmitted
        {
            Id = "r1", Town = Town, At = At, Review = "R1", Case = "C1", Window = Window, Staff = Staff, Level = 2,
            Channel = ReviewChannel.QrCode, Reasons = ["等待时间长"],
        },
        new ReviewVerified { Id = "r2", Town = Town, At = At, Review = "R1", Valid = true },
        new ReviewRectified { Id = "r3", Town = Town, At = At, Review = "R1" },
        new ReviewFollowedUp { Id = "r4", Town = Town, At = At, Review = "R1", Satisfied = true },
        new ComplaintFiled { Id = "k1", Town = Town, At = At, Complaint = "K1", Case = null, Category = ComplaintCategory.MultipleTrips, Channel = ComplaintChannel.Window },
        new ComplaintResponded { Id = "k2", Town = Town, At = At, Complaint = "K1" },
        new ComplaintResolved { Id = "k3", Town = Town, At = At, Complaint = "K1", Substantiated = false },
        new ComplaintFollowedUp { Id = "k4", Town = Town, At = At, Complaint = "K1", Satisfied = false },
        new StaffAttendanceRecorded
        {
            Id = "s1", Town = Town, At = new(2020, 6, 1, 8, 0, 0, TimeSpan.FromHours(8)), Staff = Staff,
            Date = new DateOnly(2020, 6, 1), Status = AttendanceStatus.Present,
        },
    ];
}
