namespace Supervision.Domain.Figures;

public enum AlertKind
{
    CardYellow = 1,              // 黄牌预警: an open case has ≤ 1 working day left
    CardRed = 2,                 // 红牌: an open case is past its deadline
    NegativeReview = 3,          // 差评
    ComplaintFiled = 4,          // “一次办不好”投诉
    NegativeReviewOverdue = 5,   // 差评整改超期
    ComplaintOverdue = 6,        // 投诉响应或办结超期
    QueueWaitAboveThreshold = 7, // 等候超时
    OrderOverdue = 8,            // 督办超期
}

/// <summary>
/// A warning for the bureau, derived by <see cref="AlertRules"/> and published by the live layer.
/// <see cref="Subject"/> uses the event contract's subject form (<c>case:370323001:C1</c>).
/// <see cref="At"/> is when the rule noticed it. <see cref="Key"/> is the same every time the same
/// condition is noticed, so a publisher can drop repeats.
/// </summary>
public sealed record Alert(
    AlertKind Kind,
    string Town,
    string Subject,
    string? Item,
    DateTimeOffset? Deadline,
    DateTimeOffset At,
    string Message)
{
    public string Key => Deadline is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}|{Subject}|{d.UtcDateTime:O}")
        : $"{Kind}|{Subject}";

    public string KindName => Kind switch
    {
        AlertKind.CardYellow => "黄牌预警",
        AlertKind.CardRed => "红牌",
        AlertKind.NegativeReview => "差评",
        AlertKind.ComplaintFiled => "投诉",
        AlertKind.NegativeReviewOverdue => "差评整改超期",
        AlertKind.ComplaintOverdue => "投诉处理超期",
        AlertKind.OrderOverdue => "督办超期",
        _ => "等候超时",
    };
}
