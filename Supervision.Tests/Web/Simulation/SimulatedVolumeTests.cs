using Supervision.Domain.Events;
using Supervision.Domain.Reference;
using static Supervision.Tests.Web.Simulation.SeedReference;

namespace Supervision.Tests.Web.Simulation;

/// <summary>
/// The simulated halls behave like the halls the dashboard is meant for. Documented volumes
/// (cases accepted per working day): 街道 pilots ~110 (60–250), the pilot town 鲁村镇 ~48, other towns ~28;
/// Mondays and the day after a holiday are busier.
/// </summary>
public sealed class SimulatedVolumeTests(SimulatedVolumeTests.Autumn autumn) : IClassFixture<SimulatedVolumeTests.Autumn>
{
    [Theory]
    [InlineData(Nanma)]
    [InlineData(Lishan)]
    public void Pilot_subdistrict_accepts_60_to_250_cases_every_working_day(string town)
    {
        var perDay = autumn.Accepted(town).GroupBy(e => LocalDate(e.At)).Select(g => g.Count()).ToList();

        Assert.Equal(autumn.WorkingDays, perDay.Count);
        Assert.All(perDay, count => Assert.InRange(count, 60, 250));
    }

    [Fact]
    public void Subdistricts_are_busier_than_towns()
    {
        Assert.True(autumn.Accepted(Nanma).Count > 2 * autumn.Accepted("370323105").Count);
    }

    [Fact]
    public void Mondays_are_busier_than_fridays()
    {
        var accepted = autumn.Events.OfType<CaseAccepted>().ToList();
        var monday = accepted.Count(e => LocalDate(e.At).DayOfWeek == DayOfWeek.Monday);
        var friday = accepted.Count(e => LocalDate(e.At).DayOfWeek == DayOfWeek.Friday);

        Assert.True(monday > friday, $"周一 {monday}，周五 {friday}");
    }

    [Fact]
    public void Pilot_hall_one_window_case_share_is_higher_in_october_than_in_may()
    {
        var windows = Set.Windows.ToDictionary(w => w.Code, w => w.Kind);
        var may = Simulator().Generate(Local(2020, 5, 1), Local(2020, 6, 1)).OfType<CaseAccepted>().Where(e => e.Town == Nanma).ToList();
        var october = autumn.Accepted(Nanma).Where(e => LocalDate(e.At).Month == 10).ToList();

        double Share(List<CaseAccepted> cases) => cases.Count(c => windows[c.Window] == WindowKind.Comprehensive) / (double)cases.Count;

        Assert.True(Share(october) > Share(may) + 0.3, $"五月 {Share(may):P0}，十月 {Share(october):P0}");
    }

    [Fact]
    public void Two_to_four_percent_of_tickets_are_abandoned()
    {
        var issued = autumn.Events.OfType<TicketIssued>().Count();
        var abandoned = autumn.Events.OfType<TicketAbandoned>().Count();

        Assert.InRange(abandoned / (double)issued, 0.02, 0.04);
    }

    [Fact]
    public void Waits_are_longer_at_the_morning_peak_than_at_opening()
    {
        var issued = autumn.Events.OfType<TicketIssued>().ToDictionary(e => (e.Town, e.Ticket), e => e.At);
        var waits = autumn.Events.OfType<TicketCalled>()
            .Select(c => (Hour: LocalTime(issued[(c.Town, c.Ticket)]).Hour, Minutes: (c.At - issued[(c.Town, c.Ticket)]).TotalMinutes))
            .ToList();

        var opening = waits.Where(w => w.Hour == 8).Average(w => w.Minutes);
        var peak = waits.Where(w => w.Hour is 9 or 10).Average(w => w.Minutes);
        Assert.True(peak > opening, $"开门 {opening:F1} 分钟，高峰 {peak:F1} 分钟");
    }

    [Fact]
    public void Between_three_and_eight_percent_of_multi_day_cases_finish_late()
    {
        var items = Set.Items.ToDictionary(i => i.Code);
        var accepted = autumn.Events.OfType<CaseAccepted>().ToDictionary(e => (e.Town, e.Case));
        var paused = autumn.Events.OfType<CasePaused>().ToDictionary(e => (e.Town, e.Case), e => e.At);
        var resumed = autumn.Events.OfType<CaseResumed>().ToDictionary(e => (e.Town, e.Case), e => e.At);
        var multiDay = autumn.Events.OfType<CaseCompleted>()
            .Where(c => accepted.ContainsKey((c.Town, c.Case)) && !items[accepted[(c.Town, c.Case)].Item].IsInstant)
            .ToList();

        var late = multiDay.Count(c =>
        {
            var a = accepted[(c.Town, c.Case)];
            var pauses = paused.TryGetValue((c.Town, c.Case), out var p) && resumed.TryGetValue((c.Town, c.Case), out var r)
                ? new[] { new Supervision.Domain.Calendar.InstantRange(p, r) } : null;
            return c.At > SeedReference.Calendar.Deadline(a.At, items[a.Item].PromisedDays, pauses);
        });

        Assert.InRange(late / (double)multiDay.Count, 0.03, 0.08);
    }

    [Fact]
    public void Sixty_to_eighty_percent_of_completed_cases_are_reviewed_with_one_to_three_percent_negative()
    {
        var completed = autumn.Events.OfType<CaseCompleted>().Count();
        var reviews = autumn.Events.OfType<ReviewSubmitted>().ToList();

        Assert.InRange(reviews.Count / (double)completed, 0.6, 0.8);
        Assert.InRange(reviews.Count(r => r.IsNegative) / (double)reviews.Count, 0.01, 0.03);
        Assert.All(reviews.Where(r => r.IsNegative), r => Assert.NotEmpty(r.Reasons));
    }

    [Fact]
    public void Every_negative_review_is_verified_within_a_working_day_mostly_and_followed_up()
    {
        var negative = autumn.Events.OfType<ReviewSubmitted>().Where(r => r.IsNegative).ToDictionary(r => (r.Town, r.Review), r => r.At);
        var verified = autumn.Events.OfType<ReviewVerified>().ToDictionary(r => (r.Town, r.Review), r => r.At);
        var followedUp = autumn.Events.OfType<ReviewFollowedUp>().Select(r => (r.Town, r.Review)).ToHashSet();

        var reviewsWithLifecycleInRange = negative.Where(n => n.Value < Local(2020, 9, 20)).ToList();
        Assert.All(reviewsWithLifecycleInRange, n => Assert.Contains(n.Key, followedUp));
        var quick = reviewsWithLifecycleInRange.Count(n => SeedReference.Calendar.WorkingDaysBetween(n.Value, verified[n.Key]) <= 1);
        Assert.True(quick >= 0.9 * reviewsWithLifecycleInRange.Count);
    }

    [Fact]
    public void Some_applicants_come_back_a_second_time_after_a_one_time_notice()
    {
        var supplements = autumn.Events.OfType<CaseSupplementRequested>().Count();
        var secondVisits = autumn.Events.OfType<CaseReceived>().Count(e => e.Id.EndsWith("-r2", StringComparison.Ordinal));
        var firstVisits = autumn.Events.OfType<CaseReceived>().Count(e => e.Id.EndsWith("-r1", StringComparison.Ordinal));

        Assert.InRange(supplements / (double)firstVisits, 0.05, 0.2);
        Assert.True(secondVisits >= 0.7 * supplements, $"补正 {supplements}，二次来访 {secondVisits}");
    }

    [Fact]
    public void Refusals_occur_and_rarely_lack_approval()
    {
        var refusals = autumn.Events.OfType<CaseRefused>().ToList();

        Assert.NotEmpty(refusals);
        Assert.InRange(refusals.Count(r => r.IsViolation) / (double)refusals.Count, 0.0, 0.3);
    }

    [Fact]
    public void Staff_attendance_is_reported_for_every_staff_member_on_every_working_day_mostly_present()
    {
        var attendance = autumn.Events.OfType<StaffAttendanceRecorded>().ToList();

        Assert.Equal(Set.Staff.Count * autumn.WorkingDays, attendance.Count);
        Assert.InRange(attendance.Count(a => a.Status == AttendanceStatus.Present) / (double)attendance.Count, 0.88, 0.97);
    }

    [Fact]
    public void Complaints_are_filed_responded_and_resolved()
    {
        var filed = autumn.Events.OfType<ComplaintFiled>().Where(c => c.At < Local(2020, 9, 20)).Select(c => (c.Town, c.Complaint)).ToList();
        var resolved = autumn.Events.OfType<ComplaintResolved>().Select(c => (c.Town, c.Complaint)).ToHashSet();

        Assert.NotEmpty(filed);
        Assert.All(filed, key => Assert.Contains(key, resolved));
    }

    private static DateOnly LocalDate(DateTimeOffset at) => Supervision.Domain.Calendar.WorkingCalendar.LocalDate(at);

    private static TimeOnly LocalTime(DateTimeOffset at) => TimeOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>September–October 2020 (National Day included), generated once for the class.</summary>
    public sealed class Autumn
    {
        public Autumn()
        {
            Events = Simulator().Generate(Local(2020, 9, 1), Local(2020, 11, 1));
            var calendar = SeedReference.Calendar;
            WorkingDays = Enumerable.Range(0, 61).Select(i => new DateOnly(2020, 9, 1).AddDays(i)).Count(calendar.IsWorkingDay);
        }

        public IReadOnlyList<HallEvent> Events { get; }
        public int WorkingDays { get; }

        public List<CaseAccepted> Accepted(string town) => Events.OfType<CaseAccepted>().Where(e => e.Town == town).ToList();
    }
}
