using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

public class StaffFigureTests
{
    private static FigureSet S1() => new FigureCalculator().Calculate(Scope.Staff("S1"), October, Sources);

    [Fact]
    public void Staff_figures_count_their_acceptances_tickets_and_reviews()
    {
        var f = S1();

        Assert.Equal(2, f.Accepted);
        Assert.Equal(2, f.TicketsServed);
        Assert.Equal(750.0m, f.MeanServiceSeconds);
        Assert.Equal(Ratio.Of(2, 3), f.GoodReviewRate);
        Assert.Equal(1, f.NegativeReviews);
    }

    [Fact]
    public void Attendance_counts_late_as_attended_and_leaves_leave_out_of_the_scheduled_days()
    {
        var f = S1();

        Assert.Equal(Ratio.Of(2, 3), f.AttendanceRate);
        Assert.Equal(1, f.DaysLate);
    }

    [Fact]
    public void Hall_attendance_adds_up_every_staff_members_days()
    {
        var f = HallA();

        Assert.Equal(Ratio.Of(4, 5), f.AttendanceRate);
        Assert.Equal(3, f.TicketsServed);
        Assert.Equal(700.0m, f.MeanServiceSeconds);
    }

    [Fact]
    public void Staff_score_weights_good_reviews_and_attendance_and_deducts_a_point_per_negative_review()
    {
        // 100 × (0.6 × 2/3 + 0.4 × 2/3) = 66.7, less 1 for the one 差评 (no workload known: no hall peak given).
        Assert.Equal(65.7m, S1().Score);
    }

    [Fact]
    public void Staff_score_with_custom_weights_uses_them()
    {
        // Good reviews only, no deductions: S1 2 of 3 → 66.7; S2 1 of 1 (R4, level 3) → 100.0.
        var calculator = new FigureCalculator(staffWeights: new StaffScoreWeights { GoodReview = 1.0m, Attendance = 0m, NegativeReviewPoints = 0m });

        Assert.Equal(66.7m, calculator.Calculate(Scope.Staff("S1"), October, Sources).Score);
        Assert.Equal(100.0m, calculator.Calculate(Scope.Staff("S2"), October, Sources).Score);
    }

    [Fact]
    public void Overdue_cases_and_substantiated_complaints_through_the_case_deduct_their_points()
    {
        var sources = Sources with { Staff = new Dictionary<string, StaffContext> { ["S1"] = new(2, 1, [], 0) } };

        var f = new FigureCalculator().Calculate(Scope.Staff("S1"), October, sources);

        // 66.7 − 1 差评 − 2 × 2 超期 − 5 属实投诉 = 56.7
        Assert.Equal((2, 1), (f.OverdueCases, f.ComplaintsSubstantiated));
        Assert.Equal(56.7m, f.Score);
    }

    [Fact]
    public void An_expected_working_day_without_an_attendance_report_is_unreported_and_not_attended()
    {
        var reported = Sources.StaffDays.Where(r => r.StaffId == "S1" && r.AttendanceStatus is not null).Select(r => r.Day).ToHashSet();
        var silent = Enumerable.Range(1, 31).Select(d => new DateOnly(2020, 10, d)).Where(d => !reported.Contains(d)).Take(2);
        var sources = Sources with { Staff = new Dictionary<string, StaffContext> { ["S1"] = new(0, 0, [.. reported, .. silent], 0) } };

        var f = new FigureCalculator().Calculate(Scope.Staff("S1"), October, sources);

        // 2 attended of 3 reported scheduled days (leave is reported, not scheduled) plus 2 未报.
        Assert.Equal(2, f.DaysUnreported);
        Assert.Equal(Ratio.Of(2, 5), f.AttendanceRate);
    }

    [Fact]
    public void The_workload_share_against_the_busiest_colleague_takes_a_fifth_of_the_score()
    {
        // S1 accepted 2 and served 2: 4 of the hall's busiest 8 → 50 %; 0.8 × 66.7 + 0.2 × 50 = 63.4, less 1 差评.
        var sources = Sources with { Staff = new Dictionary<string, StaffContext> { ["S1"] = new(0, 0, [], 8) } };

        var f = new FigureCalculator().Calculate(Scope.Staff("S1"), October, sources);

        Assert.Equal(Ratio.Of(4, 8), f.WorkloadShare);
        Assert.Equal(62.4m, f.Score);
    }

    [Fact]
    public void The_score_never_drops_below_zero()
    {
        var sources = Sources with { Staff = new Dictionary<string, StaffContext> { ["S1"] = new(40, 10, [], 0) } };

        Assert.Equal(0m, new FigureCalculator().Calculate(Scope.Staff("S1"), October, sources).Score);
    }
}
