using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class ReviewFoldTests
{
    private static ReviewEvent Rectified(string review, string at) =>
        new ReviewRectified { Id = $"{review}-r", Town = Town, At = At(at), Review = review };

    private static ReviewEvent Verified(string review, string at, bool valid) =>
        new ReviewVerified { Id = $"{review}-v", Town = Town, At = At(at), Review = review, Valid = valid };

    [Fact]
    public void Negative_review_rectified_one_working_day_after_its_due_day_is_late()
    {
        // 15 working days after Mon 09-07 end on the make-up Sunday 09-27.
        var record = ReviewFold.Fold([Review("R1", "2020-09-07 10:00", level: 1), Rectified("R1", "2020-09-28 10:00")], Context);

        Assert.True(record.IsNegative);
        Assert.False(record.IsGood);
        Assert.Equal(At("2020-09-08 17:30"), record.VerifyDue);
        Assert.Equal(At("2020-09-27 17:30"), record.RectifyDue);
        Assert.Equal(Day("2020-09-27"), record.RectifyDueDay);
        Assert.False(record.RectifiedOnTime);
        Assert.Equal("等候时间长；态度生硬", record.Reasons);
    }

    [Fact]
    public void Rectification_limit_follows_the_configured_local_rule()
    {
        var context = ContextWith(new ActivityRules { ReviewRectifyDays = 5 });

        var record = ReviewFold.Fold([Review("R1", "2020-09-07 10:00", level: 2)], context);

        Assert.Equal(At("2020-09-14 17:30"), record.RectifyDue);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    public void Rectification_limit_outside_five_to_fifteen_days_is_refused(int days)
    {
        var error = Assert.Throws<DomainException>(() => new ActivityRules { ReviewRectifyDays = days }.Validate());

        Assert.Contains("5–15", error.Message);
    }

    [Fact]
    public void Negative_review_verified_invalid_needs_no_rectification()
    {
        var record = ReviewFold.Fold([Review("R1", "2020-09-07 10:00", level: 1), Verified("R1", "2020-09-08 09:00", valid: false)], Context);

        Assert.True(record.VerifiedOnTime);
        Assert.False(record.NeedsRectification);
        Assert.Null(record.RectifyDueDay);
        Assert.Equal([Day("2020-09-07")], record.RollupDays());
    }

    [Fact]
    public void Good_review_has_no_due_dates()
    {
        var record = ReviewFold.Fold([Review("R2", "2020-09-07 10:00", level: 3)], Context);

        Assert.True(record.IsGood);
        Assert.Null(record.VerifyDue);
        Assert.Null(record.RectifyDue);
        Assert.Null(record.Reasons);
    }
}
