using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

/// <summary>
/// 补评 and reasonless 差评 (docs/metrics.md). A case completed Tue 2020-09-01 10:00 may be rated until the
/// end of its 5th working day after, Tue 09-08 17:30 (the limit is a setting, 补评时限).
/// </summary>
public class ReviewRuleTests
{
    private static (CaseRecord Case, ReviewRecord Review) Marked(string submittedAt, ActivityContext? context = null)
    {
        var ctx = context ?? Context;
        var c = CaseFold.Fold([Accepted("c1", "C1", "2020-09-01 09:00", item: Instant), Completed("c2", "C1", "2020-09-01 10:00")], ctx);
        var r = ReviewFold.Fold([Review("R1", submittedAt, level: 5, caseId: "C1")], ctx);
        CaseReviewMarks.Mark([c], [r], ctx);
        return (c, r);
    }

    [Fact]
    public void Late_review_after_the_rating_limit_is_flagged_and_counted_in_neither_good_review_rate_nor_review_rate()
    {
        var (c, r) = Marked("2020-09-09 09:00");

        Assert.True(r.Late);
        Assert.False(c.Reviewed);
        var day = RollupCalculator.ForDay(Town, Day("2020-09-09"), new DayRecords { Reviews = [r] }).Town;
        Assert.Equal((0, 0), (day.Reviews, day.ReviewsGood));
        var completionDay = RollupCalculator.ForDay(Town, Day("2020-09-01"), new DayRecords { Cases = [c] }).Town;
        Assert.Equal((1, 0), (completionDay.Completed, completionDay.CompletedReviewed));
    }

    [Fact]
    public void Late_review_on_the_last_day_of_the_rating_limit_still_counts()
    {
        var (c, r) = Marked("2020-09-08 17:00");

        Assert.False(r.Late);
        Assert.True(c.Reviewed);
    }

    [Fact]
    public void Late_review_limit_follows_the_configured_setting()
    {
        var (_, r) = Marked("2020-09-04 09:00", ContextWith(new ActivityRules { LateReviewDays = 2 }));

        Assert.True(r.Late);
    }

    [Fact]
    public void Late_review_of_a_case_not_completed_yet_is_in_time()
    {
        var c = CaseFold.Fold([Accepted("c1", "C1", "2020-09-01 09:00")], Context);
        var r = ReviewFold.Fold([Review("R1", "2020-09-30 09:00", level: 4, caseId: "C1")], Context);

        CaseReviewMarks.Mark([c], [r], Context);

        Assert.False(r.Late);
    }

    [Fact]
    public void Negative_review_without_reasons_is_counted_and_flagged_for_data_quality()
    {
        var r = ReviewFold.Fold([Review("R2", "2020-09-01 11:00", level: 1) with { Reasons = [] }], Context);

        Assert.True(r.MissingReasons);
        Assert.True(r.IsNegative);
        Assert.True(r.NeedsRectification);
        var day = RollupCalculator.ForDay(Town, Day("2020-09-01"), new DayRecords { Reviews = [r] }).Town;
        Assert.Equal(1, day.ReviewsNegative);
    }

    [Fact]
    public void Refusal_without_a_reason_is_counted_and_flagged_for_data_quality()
    {
        var c = CaseFold.Fold([Received("e1", "C6", "2020-09-01 09:00"), Refused("e2", "C6", "2020-09-01 09:05", approvedBy: null) with { Reason = null }], Context);

        Assert.True(c.RefusalWithoutReason);
        Assert.True(c.Refused);
        var day = RollupCalculator.ForDay(Town, Day("2020-09-01"), new DayRecords { Cases = [c] }).Town;
        Assert.Equal((1, 1), (day.Refusals, day.RefusalViolations));
    }
}
