using Supervision.Domain.Activity;

namespace Supervision.Domain.Activity;

/// <summary>Where a 差评 stands in its rectification lifecycle (the board's columns, in order).</summary>
public enum ReviewStage
{
    AwaitingVerification = 1, // 待核实
    AwaitingRectification = 2, // 待整改
    Overdue = 3,              // 已逾期
    Rectified = 4,            // 已整改
    FollowedUp = 5,           // 已回访
    Invalid = 6,              // 核实无效: nothing to rectify, not on the board
}

public static class ReviewStages
{
    public static readonly IReadOnlyList<(ReviewStage Stage, string Title)> Board =
    [
        (ReviewStage.AwaitingVerification, "待核实"),
        (ReviewStage.AwaitingRectification, "待整改"),
        (ReviewStage.Overdue, "已逾期"),
        (ReviewStage.Rectified, "已整改"),
        (ReviewStage.FollowedUp, "已回访"),
    ];

    /// <summary>
    /// The stage of a 差评 at <paramref name="now"/>. A late rectification is rectified (the on-time
    /// rate counts it as late); an unrectified one past its due time is overdue whether verified or not.
    /// </summary>
    public static ReviewStage StageAt(ReviewRecord review, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Valid == false)
        {
            return ReviewStage.Invalid;
        }
        if (review.FollowedUpAt is not null)
        {
            return ReviewStage.FollowedUp;
        }
        if (review.RectifiedAt is not null)
        {
            return ReviewStage.Rectified;
        }
        if (review.RectifyDue is { } due && now > due)
        {
            return ReviewStage.Overdue;
        }
        return review.VerifiedAt is null ? ReviewStage.AwaitingVerification : ReviewStage.AwaitingRectification;
    }
}
