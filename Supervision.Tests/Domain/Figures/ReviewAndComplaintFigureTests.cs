using static Supervision.Tests.Domain.Figures.FigureWorld;
using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

public class ReviewAndComplaintFigureTests
{
    [Fact]
    public void An_item_due_today_is_missed_only_after_closing_time_not_earlier_on_the_due_day()
    {
        // Filed Mon 10-12: responses due Tue 10-13 17:30. K1 was answered on the morning of the due day, K2 not yet.
        var sources = new FigureWorld()
            .ComplaintFiled(TownA, "K1", null, "2020-10-12 10:00")
            .ComplaintFiled(TownA, "K2", null, "2020-10-12 10:00")
            .ComplaintResponded(TownA, "K1", "2020-10-13 09:00")
            .Review(TownA, "R1", null, "S1", 1, "2020-10-12 10:00")
            .Sources();
        var period = Period.Parse("2020-10-12..2020-11-30", Now);
        FigureSet At(string now) => new FigureCalculator().Calculate(Scope.Town(TownA), period,
            sources with { NotYetDue = DueCutoff.NotPassed(sources.TownDays, L(now), HallHours.Default) });

        var morning = At("2020-10-13 10:00");
        var evening = At("2020-10-13 17:30");

        Assert.Equal(Ratio.Of(1, 1), morning.ComplaintRespondedOnTimeRate);
        Assert.Equal(Ratio.Empty, morning.RectifiedOnTimeRate);
        Assert.Equal(Ratio.Of(1, 2), evening.ComplaintRespondedOnTimeRate);
        Assert.Equal(Ratio.Empty, evening.RectifiedOnTimeRate);
        Assert.Equal(Ratio.Of(0, 1), At("2020-11-30 18:00").RectifiedOnTimeRate);
    }

    [Fact]
    public void Good_review_rate_counts_levels_three_to_five()
    {
        var f = HallA();

        Assert.Equal(4, f.Reviews);
        Assert.Equal(Ratio.Of(3, 4), f.GoodReviewRate);
        Assert.Equal(1, f.NegativeReviews);
    }

    [Fact]
    public void Review_rate_is_completed_cases_with_a_review_over_completed_cases()
    {
        // Completed in October: C1 C2 C3 C4 C7; reviewed among them: C1 (R1), C3 (R3), C4 (R2) → 3 ÷ 5.
        Assert.Equal(Ratio.Of(3, 5), HallA().ReviewRate);
    }

    [Fact]
    public void Review_rate_counts_a_case_reviewed_twice_once_and_ignores_reviews_of_open_cases()
    {
        // Completed: V1 (reviewed twice), V2 (not reviewed). Open: V3 (reviewed). R4 names no case.
        // Exact: completed with a review {V1} = 1 ÷ completed 2 = 50 %; counting reviews naming a case would say 3 ÷ 2.
        var sources = new FigureWorld()
            .Accepted(TownA, "V1", Instant, Comprehensive, "S1", "2020-10-12 09:00")
            .Completed(TownA, "V1", "2020-10-12 09:20")
            .Accepted(TownA, "V2", Instant, Comprehensive, "S1", "2020-10-12 10:00")
            .Completed(TownA, "V2", "2020-10-12 10:20")
            .Accepted(TownA, "V3", FiveDays, Comprehensive, "S1", "2020-10-12 11:00")
            .Review(TownA, "R1", "V1", "S1", 5, "2020-10-12 09:25")
            .Review(TownA, "R2", "V1", "S1", 4, "2020-10-13 09:00")
            .Review(TownA, "R3", "V3", "S1", 5, "2020-10-12 11:10")
            .Review(TownA, "R4", null, "S1", 5, "2020-10-12 11:30")
            .Sources();

        var f = new FigureCalculator().Calculate(Scope.Town(TownA), October, sources);

        Assert.Equal(2, f.Completed);
        Assert.Equal(Ratio.Of(1, 2), f.ReviewRate);
    }

    [Fact]
    public void Late_review_counts_in_the_week_it_was_submitted_not_the_week_the_case_completed()
    {
        // C3 completed 10-09 (2020-W41); R3 arrived 10-15 (2020-W42) within the 5 working days allowed.
        var w41 = HallA(Period.Parse("2020-W41", Now));
        var w42 = HallA(Period.Parse("2020-W42", Now));

        Assert.Equal(2, w41.Reviews);
        Assert.Equal(2, w42.Reviews);
        Assert.Equal(Ratio.Of(2, 2), w42.GoodReviewRate);
    }

    [Fact]
    public void Negative_review_rectified_one_day_late_is_due_but_not_rectified_on_time()
    {
        var f = HallA();

        Assert.Equal(Ratio.Of(0, 1), f.RectifiedOnTimeRate);
        Assert.Equal("0.0%", f.RectifiedOnTimeRate.ToString());
        Assert.Equal(Ratio.Of(1, 1), f.FollowUpRate);
    }

    [Fact]
    public void Rectification_figures_belong_to_the_due_day()
    {
        // R2 was filed 10-09 but is due 10-29: the week of 10-05 has nothing due.
        Assert.Equal("—", HallA(Period.Parse("2020-W41", Now)).RectifiedOnTimeRate.ToString());
    }

    [Fact]
    public void Complaint_resolved_on_the_deadline_day_is_resolved_on_time()
    {
        var f = HallA();

        Assert.Equal(1, f.ComplaintsFiled);
        Assert.Equal(Ratio.Of(1, 1), f.ComplaintRespondedOnTimeRate);
        Assert.Equal(Ratio.Of(1, 1), f.ComplaintResolvedOnTimeRate);
        Assert.Equal(1, f.ComplaintsSubstantiated);
    }

    [Fact]
    public void Complaints_per_thousand_accepted_cases_uses_the_periods_acceptances()
    {
        Assert.Equal("333.33", HallA().ComplaintsPerThousandAccepted.ToPerThousandString());
    }
}
