using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Tests.Domain.Figures;

/// <summary>
/// Builds rollups the way production does: contract events → folds (with the working calendar) →
/// records → RollupCalculator per (town, day). Figures tests then check the calculator against
/// answers worked out by hand from the events.
/// </summary>
internal sealed class FigureWorld
{
    public const string TownA = "370323001";
    public const string TownB = "370323101";
    public const string Comprehensive = "370323001-01";
    public const string Specialised = "370323001-05";
    public const string ComprehensiveB = "370323101-01";
    public const string Instant = "ITEM-0";
    public const string ThreeDays = "ITEM-3";
    public const string FiveDays = "ITEM-5";
    public const string TenDays = "ITEM-10";

    /// <summary>2020 Spring Festival (extended) and 2020 National Day/Mid-Autumn, as the State Council published them.</summary>
    public static readonly WorkingCalendar HolidayCalendar = new(
    [
        new(new DateOnly(2020, 1, 19), false, "春节"),
        .. Range(new DateOnly(2020, 1, 24), new DateOnly(2020, 1, 31)).Select(d => new HolidayDay(d, true, "春节")),
        new(new DateOnly(2020, 9, 27), false, "国庆节、中秋节"),
        .. Range(new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 8)).Select(d => new HolidayDay(d, true, "国庆节、中秋节")),
        new(new DateOnly(2020, 10, 10), false, "国庆节、中秋节"),
    ]);

    public static readonly ActivityContext Context = new(HolidayCalendar, new ActivityCatalog(
        [Item(Instant, 0), Item(ThreeDays, 3), Item(FiveDays, 5), Item(TenDays, 10)],
        [Window(Comprehensive, TownA, WindowKind.Comprehensive), Window(Specialised, TownA, WindowKind.Specialised),
         Window(ComprehensiveB, TownB, WindowKind.Comprehensive)]));

    private readonly List<HallEvent> _events = [];
    private int _next;

    /// <summary>China local time, e.g. <c>L("2020-10-09 09:30")</c>.</summary>
    public static DateTimeOffset L(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), WorkingCalendar.ChinaOffset);

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Id() => $"e{++_next:0000}";

    public FigureWorld Received(string town, string id, string item, string window, string staff, string at, CaseChannel channel = CaseChannel.Onsite) =>
        Add(new CaseReceived { Id = Id(), Town = town, At = L(at), Case = id, Item = item, Window = window, Staff = staff, Channel = channel });

    public FigureWorld Supplement(string town, string id, string at) =>
        Add(new CaseSupplementRequested { Id = Id(), Town = town, At = L(at), Case = id, Materials = ["身份证复印件"] });

    public FigureWorld Accepted(string town, string id, string item, string window, string staff, string at, CaseChannel channel = CaseChannel.Onsite) =>
        Add(new CaseAccepted { Id = Id(), Town = town, At = L(at), Case = id, Item = item, Window = window, Staff = staff, Channel = channel });

    public FigureWorld Paused(string town, string id, string at) =>
        Add(new CasePaused { Id = Id(), Town = town, At = L(at), Case = id, Reason = "实地踏勘" });

    public FigureWorld Resumed(string town, string id, string at) =>
        Add(new CaseResumed { Id = Id(), Town = town, At = L(at), Case = id });

    public FigureWorld Completed(string town, string id, string at) =>
        Add(new CaseCompleted { Id = Id(), Town = town, At = L(at), Case = id, Outcome = CaseOutcome.Approved });

    public FigureWorld Refused(string town, string id, string at, string? approvedBy) =>
        Add(new CaseRefused { Id = Id(), Town = town, At = L(at), Case = id, Reason = "材料不符合要求", ApprovedBy = approvedBy });

    public FigureWorld Ticket(string town, string ticket, string issued, string? called = null, string? window = null,
        string? staff = null, string? finished = null, string? abandoned = null)
    {
        Add(new TicketIssued { Id = Id(), Town = town, At = L(issued), Ticket = ticket, Category = "综合" });
        if (called is not null)
        {
            Add(new TicketCalled { Id = Id(), Town = town, At = L(called), Ticket = ticket, Window = window!, Staff = staff! });
        }
        if (finished is not null)
        {
            Add(new TicketFinished { Id = Id(), Town = town, At = L(finished), Ticket = ticket });
        }
        return abandoned is null ? this : Add(new TicketAbandoned { Id = Id(), Town = town, At = L(abandoned), Ticket = ticket });
    }

    public FigureWorld Review(string town, string review, string? caseId, string staff, int level, string at) =>
        Add(new ReviewSubmitted
        {
            Id = Id(), Town = town, At = L(at), Review = review, Case = caseId, Window = Comprehensive, Staff = staff,
            Level = level, Channel = ReviewChannel.Device, Reasons = level <= 2 ? ["等候时间过长"] : [],
        });

    public FigureWorld Rectified(string town, string review, string at) =>
        Add(new ReviewRectified { Id = Id(), Town = town, At = L(at), Review = review });

    public FigureWorld FollowedUp(string town, string review, string at) =>
        Add(new ReviewFollowedUp { Id = Id(), Town = town, At = L(at), Review = review, Satisfied = true });

    public FigureWorld ComplaintFiled(string town, string complaint, string? caseId, string at) =>
        Add(new Supervision.Domain.Events.ComplaintFiled
        {
            Id = Id(), Town = town, At = L(at), Complaint = complaint, Case = caseId,
            Category = ComplaintCategory.MultipleTrips, Channel = ComplaintChannel.Online,
        });

    public FigureWorld ComplaintResponded(string town, string complaint, string at) =>
        Add(new Supervision.Domain.Events.ComplaintResponded { Id = Id(), Town = town, At = L(at), Complaint = complaint });

    public FigureWorld ComplaintResolved(string town, string complaint, string at, bool substantiated) =>
        Add(new Supervision.Domain.Events.ComplaintResolved { Id = Id(), Town = town, At = L(at), Complaint = complaint, Substantiated = substantiated });

    public FigureWorld Attendance(string town, string staff, string date, AttendanceStatus status) =>
        Add(new StaffAttendanceRecorded { Id = Id(), Town = town, At = L(date + " 08:30"), Staff = staff, Date = D(date), Status = status });

    private FigureWorld Add(HallEvent e)
    {
        _events.Add(e);
        return this;
    }

    public IReadOnlyList<CaseRecord> Cases => Fold<CaseEvent, CaseRecord>(g => CaseFold.Fold(g, Context));
    public IReadOnlyList<TicketRecord> Tickets => Fold<TicketEvent, TicketRecord>(TicketFold.Fold);
    public IReadOnlyList<ReviewRecord> Reviews => Fold<ReviewEvent, ReviewRecord>(g => ReviewFold.Fold(g, Context));
    public IReadOnlyList<ComplaintRecord> Complaints => Fold<ComplaintEvent, ComplaintRecord>(g => ComplaintFold.Fold(g, Context));
    public IReadOnlyList<AttendanceRecord> AttendanceRecords => Fold<StaffAttendanceRecorded, AttendanceRecord>(AttendanceFold.Fold);

    /// <summary>Every rollup row of every (town, day) some record touches.</summary>
    public FigureSources Sources(IEnumerable<HallItemStatus>? itemHistory = null)
    {
        var cases = Cases;
        var reviews = Reviews;
        CaseReviewMarks.Mark(cases, reviews, Context);
        var records = new DayRecords
        {
            Cases = cases, Tickets = Tickets, Reviews = reviews, Complaints = Complaints, Attendance = AttendanceRecords,
        };
        var keys = records.Cases.SelectMany(r => r.RollupDays().Select(d => (r.Town, d)))
            .Concat(records.Tickets.SelectMany(r => r.RollupDays().Select(d => (r.Town, d))))
            .Concat(records.Reviews.SelectMany(r => r.RollupDays().Select(d => (r.Town, d))))
            .Concat(records.Complaints.SelectMany(r => r.RollupDays().Select(d => (r.Town, d))))
            .Concat(records.Attendance.SelectMany(r => r.RollupDays().Select(d => (r.Town, d))))
            .Distinct()
            .ToList();
        var days = keys.Select(k => RollupCalculator.ForDay(k.Town, k.d, records)).ToList();
        return new FigureSources
        {
            TownDays = days.Select(d => d.Town).ToList(),
            StaffDays = days.SelectMany(d => d.Staff).ToList(),
            ItemDays = days.SelectMany(d => d.Items).ToList(),
            ItemHistory = itemHistory ?? [],
            // As in the seed data: 南麻街道 is a pilot, 悦庄镇 is not and has no roll-out date.
            Halls = [new HallStanding(TownA, true, null), new HallStanding(TownB, false, null)],
        };
    }

    private List<TRecord> Fold<TEvent, TRecord>(Func<IReadOnlyList<TEvent>, TRecord> fold) where TEvent : HallEvent =>
        _events.OfType<TEvent>().GroupBy(e => e.Subject).Select(g => fold(g.ToList())).ToList();

    private static ServiceItem Item(string code, int days) =>
        new() { Code = code, Name = code, DepartmentCode = "人社", PromisedDays = days, StatutoryDays = days * 2 };

    private static Window Window(string code, string town, WindowKind kind) =>
        new() { Code = code, TownCode = town, Name = code, Kind = kind };

    private static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
