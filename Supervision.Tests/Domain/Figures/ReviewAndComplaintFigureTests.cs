using Supervision.Domain.Figures;
using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

public class ReviewAndComplaintFigureTests
{
    [Fact]
    public void Good_review_rate_counts_levels_three_to_five()
    {
        var f = HallA();

        Assert.Equal(4, f.Reviews);
        Assert.Equal(Ratio.Of(3, 4), f.GoodReviewRate);
        Assert.Equal(1, f.NegativeReviews);
    }

    [Fact]
    public void Review_rate_is_reviews_naming_a_case_over_completed_cases()
    {
        Assert.Equal(Ratio.Of(3, 5), HallA().ReviewRate);
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
