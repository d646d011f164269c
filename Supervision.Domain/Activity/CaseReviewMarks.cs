namespace Supervision.Domain.Activity;

/// <summary>
/// 评价率 counts completed cases that at least one review names. That joins two subjects, so it is set
/// on the case records after folding (the store does the same against its review table).
/// </summary>
public static class CaseReviewMarks
{
    public static void Mark(IEnumerable<CaseRecord> cases, IEnumerable<ReviewRecord> reviews)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(reviews);
        var named = reviews.Where(r => r.CaseId is not null).Select(r => (r.Town, r.CaseId!)).ToHashSet();
        foreach (var c in cases)
        {
            c.Reviewed = named.Contains((c.Town, c.CaseId));
        }
    }
}
