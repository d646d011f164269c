using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

/// <summary>Figures 2–6 and 10 of hall A in October 2020; the answers are worked in <see cref="OctoberScenario"/>.</summary>
public class CaseFigureTests
{
    [Fact]
    public void Case_share_counts_acceptances_at_the_comprehensive_window_on_their_acceptance_day()
    {
        var f = HallA();

        Assert.Equal(3, f.Accepted);
        Assert.Equal(Ratio.Of(2, 3), f.CaseShare);
    }

    [Fact]
    public void Instant_rate_is_instant_cases_completed_the_day_they_were_accepted_over_all_completed()
    {
        var f = HallA();

        Assert.Equal(5, f.Completed);
        Assert.Equal(Ratio.Of(1, 5), f.InstantRate);
        Assert.Equal("20.0%", f.InstantRate.ToString());
    }

    [Fact]
    public void On_time_rate_counts_the_paused_case_as_on_time_and_the_late_instant_case_as_overdue()
    {
        var f = HallA();

        Assert.Equal(Ratio.Of(4, 5), f.OnTimeRate);
        Assert.Equal(1, f.CompletedLate);
        Assert.Equal(0, f.CompletedWithoutDeadline);
    }

    [Fact]
    public void Processing_time_mean_median_and_p90_are_in_working_days()
    {
        var f = HallA();

        Assert.Equal(2.33m, f.MeanProcessingDays);
        Assert.Equal(3.0m, f.MedianProcessingDays);
        Assert.Equal(5.0m, f.P90ProcessingDays);
    }

    [Fact]
    public void Speed_up_rate_compares_used_with_promised_days_of_non_instant_cases()
    {
        var f = HallA();

        Assert.Equal(18m, f.SpeedUpRate.Denominator);
        Assert.Equal(9.1667m, f.SpeedUpRate.Numerator);
        Assert.Equal("50.9%", f.SpeedUpRate.ToString());
    }

    [Fact]
    public void One_trip_rate_counts_the_online_case_with_zero_visits_as_one_trip()
    {
        var f = HallA();

        Assert.Equal(Ratio.Of(4, 5), f.OneTripRate);
        Assert.Equal(6, f.Visits);
    }

    [Fact]
    public void Refusals_without_a_supervisors_approval_are_counted_as_violations()
    {
        var f = HallA();

        Assert.Equal(2, f.Refusals);
        Assert.Equal(1, f.RefusalViolations);
    }

    [Fact]
    public void Item_scope_gives_the_items_cases_and_the_halls_that_enabled_it()
    {
        var f = new FigureCalculator().Calculate(Scope.Item(FigureWorld.TenDays), October, Sources);

        Assert.Equal(1, f.Accepted);
        Assert.Equal(1, f.Completed);
        Assert.Equal(Ratio.Of(1, 1), f.OnTimeRate);
        Assert.Equal(Ratio.Of(1, 1), f.ItemCoverage);
        Assert.Equal("—", f.GoodReviewRate.ToString());
    }
}
