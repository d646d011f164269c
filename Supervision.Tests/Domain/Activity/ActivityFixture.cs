using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Tests.Domain.Activity;

/// <summary>
/// Autumn 2020 as the halls lived it: National Day and Mid-Autumn off 10-01…10-08, make-up workdays
/// Sun 09-27 and Sat 10-10. Items: instant (0 days), 3 and 5 working days, and a 3-day item the town
/// only pre-reviews and reports up (上报). Windows: one comprehensive, one specialised.
/// </summary>
internal static class ActivityFixture
{
    public const string Town = "370323101";
    public const string Instant = "ITEM-0";
    public const string ThreeDays = "ITEM-3";
    public const string FiveDays = "ITEM-5";
    public const string PreReview = "ITEM-P3";
    public const string Comprehensive = "370323101-01";
    public const string Specialised = "370323101-05";

    public static readonly WorkingCalendar Autumn2020 = new(
        Enumerable.Range(1, 8).Select(d => new HolidayDay(new DateOnly(2020, 10, d), true, "国庆节、中秋节"))
            .Append(new HolidayDay(new DateOnly(2020, 9, 27), false, "国庆节、中秋节"))
            .Append(new HolidayDay(new DateOnly(2020, 10, 10), false, "国庆节、中秋节")));

    public static readonly ActivityContext Context = ContextWith(ActivityRules.Default);

    public static ActivityContext ContextWith(ActivityRules rules) => new(
        Autumn2020,
        new ActivityCatalog(
            [Item(Instant, 0), Item(ThreeDays, 3), Item(FiveDays, 5), Item(PreReview, 3, preReviewOnly: true)],
            [Window(Comprehensive, WindowKind.Comprehensive), Window(Specialised, WindowKind.Specialised)]),
        rules);

    /// <summary>A China-time instant, e.g. <c>At("2020-09-01 09:00")</c>.</summary>
    public static DateTimeOffset At(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Json<T>(T value) => JsonSerializer.Serialize(value);

    public static CaseReceived Received(string id, string caseId, string at, string item = FiveDays,
        CaseChannel channel = CaseChannel.Onsite, string window = Comprehensive) => new()
    {
        Id = id, Town = Town, At = At(at), Case = caseId, Item = item, Window = window, Staff = "S1", Channel = channel,
    };

    public static CaseAccepted Accepted(string id, string caseId, string at, string item = FiveDays,
        CaseChannel channel = CaseChannel.Onsite, string window = Comprehensive, string staff = "S1") => new()
    {
        Id = id, Town = Town, At = At(at), Case = caseId, Item = item, Window = window, Staff = staff, Channel = channel,
    };

    public static CaseSupplementRequested Supplement(string id, string caseId, string at) => new()
    {
        Id = id, Town = Town, At = At(at), Case = caseId, Materials = ["户口簿复印件"],
    };

    public static CasePaused Paused(string id, string caseId, string at) => new()
    {
        Id = id, Town = Town, At = At(at), Case = caseId, Reason = "实地踏勘",
    };

    public static CaseEscalated Escalated(string id, string caseId, string at) => new() { Id = id, Town = Town, At = At(at), Case = caseId };

    public static CaseResumed Resumed(string id, string caseId, string at) => new() { Id = id, Town = Town, At = At(at), Case = caseId };

    public static CaseCompleted Completed(string id, string caseId, string at) => new()
    {
        Id = id, Town = Town, At = At(at), Case = caseId, Outcome = CaseOutcome.Approved,
    };

    public static CaseRefused Refused(string id, string caseId, string at, string? approvedBy) => new()
    {
        Id = id, Town = Town, At = At(at), Case = caseId, Reason = "不属于本中心受理范围", ApprovedBy = approvedBy,
    };

    public static TicketEvent[] Ticket(string ticket, string issued, string? called = null, string? finished = null,
        string? abandoned = null, string staff = "S1")
    {
        var events = new List<TicketEvent> { new TicketIssued { Id = $"{ticket}-i", Town = Town, At = At(issued), Ticket = ticket, Category = "综合" } };
        if (called is not null) events.Add(new TicketCalled { Id = $"{ticket}-c", Town = Town, At = At(called), Ticket = ticket, Window = Comprehensive, Staff = staff });
        if (finished is not null) events.Add(new TicketFinished { Id = $"{ticket}-f", Town = Town, At = At(finished), Ticket = ticket });
        if (abandoned is not null) events.Add(new TicketAbandoned { Id = $"{ticket}-a", Town = Town, At = At(abandoned), Ticket = ticket });
        return [.. events];
    }

    public static ReviewSubmitted Review(string review, string at, int level, string staff = "S1", string? caseId = null) => new()
    {
        Id = $"{review}-s", Town = Town, At = At(at), Review = review, Case = caseId, Window = Comprehensive, Staff = staff,
        Level = level, Channel = ReviewChannel.Device, Reasons = level <= 2 ? ["等候时间长", "态度生硬"] : [],
    };

    public static ComplaintFiled Complaint(string complaint, string at) => new()
    {
        Id = $"{complaint}-f", Town = Town, At = At(at), Complaint = complaint,
        Category = ComplaintCategory.MultipleTrips, Channel = ComplaintChannel.Hotline,
    };

    public static StaffAttendanceRecorded Attendance(string id, string staff, string date, string at, AttendanceStatus status) => new()
    {
        Id = id, Town = Town, At = At(at), Staff = staff, Date = Day(date), Status = status,
    };

    private static ServiceItem Item(string code, int promisedDays, bool preReviewOnly = false) => new()
    {
        Code = code, Name = code, DepartmentCode = "民政", PromisedDays = promisedDays, PreReviewOnly = preReviewOnly,
    };

    private static Window Window(string code, WindowKind kind) => new()
    {
        Code = code, TownCode = Town, Name = code, Kind = kind,
    };
}
