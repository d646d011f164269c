namespace Supervision.Web.Security.Audit;

/// <summary>Audit-log actions of orders, 督办单 (names in <see cref="AuditActions.All"/>).</summary>
public static class OrderActions
{
    public const string Raised = "order.raised";
    public const string Signed = "order.signed";
    public const string Answered = "order.answered";
    public const string Returned = "order.returned";
    public const string Closed = "order.closed";
    public const string EvidenceDownloaded = "order.evidence_downloaded";

    public static IReadOnlyList<(string Action, string Name)> Names { get; } =
    [
        (Raised, "下发督办单"), (Signed, "签收督办单"), (Answered, "反馈整改情况"), (Returned, "退回督办单"),
        (Closed, "督办单销号"), (EvidenceDownloaded, "下载整改证明材料"),
    ];
}
