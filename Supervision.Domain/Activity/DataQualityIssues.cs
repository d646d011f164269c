namespace Supervision.Domain.Activity;

/// <summary>
/// What a hall reported wrongly. Such events are stored and counted like any other (dropping them
/// would hide exactly what supervision counts); the bureau reads the list per town (数据质量).
/// </summary>
public enum DataQualityKind
{
    NegativeReviewWithoutReasons = 1, // 差评未填原因
    RefusalWithoutReason = 2,         // 拒收未填理由
    BackdatedPause = 3,               // 逾期补报暂停
    UnknownItem = 4,                  // 办件事项不明
    LateReview = 5,                   // 超过补评时限
}

/// <param name="Subject">The case or review id the problem is about.</param>
/// <param name="CaseId">The case it concerns (the review's case for a review), for a link to the case.</param>
/// <param name="At">When the flagged fact happened (submission, refusal, acceptance or last event).</param>
public sealed record DataQualityIssue(string Town, DataQualityKind Kind, string Subject, string? CaseId, DateTimeOffset? At, string Detail);

public static class DataQualityIssues
{
    public static IEnumerable<DataQualityIssue> Of(CaseRecord c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.RefusalWithoutReason)
        {
            yield return new(c.Town, DataQualityKind.RefusalWithoutReason, c.CaseId, c.CaseId, c.RefusedAt,
                c.RefusalViolation ? "拒收未填写理由，且未经负责人批准" : "拒收未填写理由");
        }
        if (c.BackdatedPauses > 0)
        {
            yield return new(c.Town, DataQualityKind.BackdatedPause, c.CaseId, c.CaseId, c.AcceptedAt,
                $"{c.BackdatedPauses} 次暂停在办理期限过后才报送、时间早于期限，未计入暂停");
        }
        if (c.UnknownItem)
        {
            yield return new(c.Town, DataQualityKind.UnknownItem, c.CaseId, c.CaseId, c.LastEventAt,
                c.ItemCode is { } item ? $"事项编码 {item} 不在事项目录中" : "只收到后续事件，没有收件或受理记录");
        }
    }

    public static IEnumerable<DataQualityIssue> Of(ReviewRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.MissingReasons)
        {
            yield return new(r.Town, DataQualityKind.NegativeReviewWithoutReasons, r.ReviewId, r.CaseId, r.SubmittedAt,
                $"{r.Level} 级差评未填写原因，无法核实整改");
        }
        if (r.Late)
        {
            yield return new(r.Town, DataQualityKind.LateReview, r.ReviewId, r.CaseId, r.SubmittedAt,
                "办结后超过补评时限才提交，不计入好评率和评价率");
        }
    }
}
