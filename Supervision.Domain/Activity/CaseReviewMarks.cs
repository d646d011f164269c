namespace Supervision.Domain.Activity;

/// <summary>
/// The two facts that join reviews and cases, set after folding (the store does the same against its
/// tables): a review is 补评 past the limit (<see cref="ReviewRecord.Late"/>) when the case it names was
/// completed more than <see cref="ActivityRules.LateReviewDays"/> working days before it; and 评价率 counts
/// completed cases that at least one review in time names (<see cref="CaseRecord.Reviewed"/>).
/// </summary>
public static class CaseReviewMarks
{
    public static void Mark(IEnumerable<CaseRecord> cases, IEnumerable<ReviewRecord> reviews, ActivityContext ctx)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(ctx);
        var caseList = cases.ToList();
        var completed = caseList.Where(c => c.CompletedAt is not null)
            .ToDictionary(c => (c.Town, c.CaseId), c => c.CompletedAt);
        var reviewList = reviews.ToList();
        foreach (var r in reviewList)
        {
            r.Late = IsLate(r, r.CaseId is null ? null : completed.GetValueOrDefault((r.Town, r.CaseId)), ctx);
        }
        var named = reviewList.Where(r => r.CaseId is not null && !r.Late).Select(r => (r.Town, r.CaseId!)).ToHashSet();
        foreach (var c in caseList)
        {
            c.Reviewed = named.Contains((c.Town, c.CaseId));
        }
    }

    /// <summary>Whether <paramref name="review"/> came after the rating window of a case completed at <paramref name="completedAt"/>.</summary>
    public static bool IsLate(ReviewRecord review, DateTimeOffset? completedAt, ActivityContext ctx)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(ctx);
        return review.SubmittedAt is { } submitted && completedAt is { } completed
            && !ctx.Rules.AcceptsReview(ctx.Calendar, completed, submitted);
    }
}
