using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>One valid event of every contract-v1 type, pointing at the seed reference data of 南麻街道.</summary>
internal static class Samples
{
    public const string Town = "370323001";
    public const string OtherTown = "370323101";
    public const string Window = "370323001-01";
    public const string Staff = "370323001-S02";
    public const string Item = "RS-002";
    public const string Department = "RS";

    public static readonly DateTimeOffset At = new(2020, 6, 1, 9, 30, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<HallEvent> EveryType(string prefix = "s") =>
    [
        new TicketIssued { Id = $"{prefix}-01", Town = Town, At = At, Ticket = "A001", Category = "综合受理" },
        new TicketCalled { Id = $"{prefix}-02", Town = Town, At = At.AddMinutes(5), Ticket = "A001", Window = Window, Staff = Staff },
        new TicketFinished { Id = $"{prefix}-03", Town = Town, At = At.AddMinutes(15), Ticket = "A001" },
        new TicketAbandoned { Id = $"{prefix}-04", Town = Town, At = At.AddMinutes(30), Ticket = "A002" },
        new CaseReceived { Id = $"{prefix}-05", Town = Town, At = At, Case = "C1", Item = Item, Window = Window, Staff = Staff, Channel = CaseChannel.Onsite },
        new CaseSupplementRequested { Id = $"{prefix}-06", Town = Town, At = At.AddMinutes(5), Case = "C1", Materials = ["户口簿复印件"] },
        new CaseAccepted { Id = $"{prefix}-07", Town = Town, At = At.AddMinutes(10), Case = "C1", Item = Item, Window = Window, Staff = Staff, Channel = CaseChannel.Onsite },
        new CaseTransferred { Id = $"{prefix}-08", Town = Town, At = At.AddMinutes(20), Case = "C1", Department = Department },
        new CasePaused { Id = $"{prefix}-09", Town = Town, At = At.AddHours(1), Case = "C1", Reason = "实地踏勘" },
        new CaseResumed { Id = $"{prefix}-10", Town = Town, At = At.AddHours(3), Case = "C1" },
        new CaseEscalated { Id = $"{prefix}-11", Town = Town, At = At.AddHours(4), Case = "C1" },
        new CaseCompleted { Id = $"{prefix}-12", Town = Town, At = At.AddDays(1), Case = "C1", Outcome = CaseOutcome.Approved },
        new CaseIssued { Id = $"{prefix}-13", Town = Town, At = At.AddDays(1).AddHours(1), Case = "C1", Window = Window, Method = IssueMethod.Counter },
        new CaseRefused { Id = $"{prefix}-14", Town = Town, At = At, Case = "C2", Reason = "不属于本中心受理范围", ApprovedBy = null },
        new ReviewSubmitted { Id = $"{prefix}-15", Town = Town, At = At.AddDays(1).AddHours(2), Review = "R1", Case = "C1", Window = Window, Staff = Staff, Level = 2, Channel = ReviewChannel.Device, Reasons = ["等待时间长"] },
        new ReviewVerified { Id = $"{prefix}-16", Town = Town, At = At.AddDays(2), Review = "R1", Valid = true },
        new ReviewRectified { Id = $"{prefix}-17", Town = Town, At = At.AddDays(5), Review = "R1" },
        new ReviewFollowedUp { Id = $"{prefix}-18", Town = Town, At = At.AddDays(6), Review = "R1", Satisfied = true },
        new ComplaintFiled { Id = $"{prefix}-19", Town = Town, At = At, Complaint = "K1", Case = "C1", Category = ComplaintCategory.MultipleTrips, Channel = ComplaintChannel.Hotline },
        new ComplaintResponded { Id = $"{prefix}-20", Town = Town, At = At.AddHours(2), Complaint = "K1" },
        new ComplaintResolved { Id = $"{prefix}-21", Town = Town, At = At.AddDays(2), Complaint = "K1", Substantiated = false },
        new ComplaintFollowedUp { Id = $"{prefix}-22", Town = Town, At = At.AddDays(3), Complaint = "K1", Satisfied = true },
        new StaffAttendanceRecorded { Id = $"{prefix}-23", Town = Town, At = At, Staff = Staff, Date = new DateOnly(2020, 6, 1), Status = AttendanceStatus.Present },
    ];

    /// <summary>Case <paramref name="caseId"/> accepted at <see cref="At"/> (Mon 2020-06-01 09:30).</summary>
    public static HallEvent AcceptedCase(string id, string caseId, string item = Item) =>
        new CaseAccepted { Id = id, Town = Town, At = At, Case = caseId, Item = item, Window = Window, Staff = Staff, Channel = CaseChannel.Onsite };

    /// <summary>Case <paramref name="caseId"/> completed a day after <see cref="At"/>.</summary>
    public static HallEvent CompletedCase(string id, string caseId) =>
        new CaseCompleted { Id = id, Town = Town, At = At.AddDays(1), Case = caseId, Outcome = CaseOutcome.Approved };

    /// <summary>A 5-star review of <paramref name="caseId"/> submitted at <paramref name="at"/>.</summary>
    public static HallEvent GoodReview(string id, string review, string caseId, DateTimeOffset at) =>
        new ReviewSubmitted
        {
            Id = id, Town = Town, At = at, Review = review, Case = caseId, Window = Window, Staff = Staff,
            Level = 5, Channel = ReviewChannel.Device, Reasons = [],
        };
}
