namespace Supervision.Domain.Import;

/// <summary>A column of the case import template (docs/import.md lists the same columns).</summary>
public sealed record ImportColumn(string Name, bool Required);

/// <summary>
/// The columns of the history import template, by their Chinese headers. Columns marked required must
/// be present in the header; optional ones may be left out. Whether a cell must be filled is decided
/// per row (e.g. 办理结果 once 办结时间 is given).
/// </summary>
public static class ImportColumns
{
    public const string CaseId = "办件编号";
    public const string Town = "镇街代码";
    public const string Item = "事项编码";
    public const string Window = "窗口编码";
    public const string Staff = "工作人员编号";
    public const string Channel = "申请渠道";
    public const string FirstReceivedAt = "首次收件时间";
    public const string Materials = "一次性告知材料";
    public const string AcceptedAt = "受理时间";
    public const string PausedAt = "暂停时间";
    public const string PauseReason = "暂停原因";
    public const string ResumedAt = "恢复时间";
    public const string CompletedAt = "办结时间";
    public const string Outcome = "办理结果";
    public const string IssuedAt = "出件时间";
    public const string IssueMethod = "出件方式";
    public const string IssueWindow = "出件窗口";
    public const string RefusedAt = "不予受理时间";
    public const string RefusalReason = "不予受理原因";
    public const string ApprovedBy = "审批人";

    /// <summary>In template order.</summary>
    public static IReadOnlyList<ImportColumn> All { get; } =
    [
        new(CaseId, true),
        new(Town, true),
        new(Item, true),
        new(Window, true),
        new(Staff, true),
        new(Channel, false),
        new(FirstReceivedAt, false),
        new(Materials, false),
        new(AcceptedAt, true),
        new(PausedAt, false),
        new(PauseReason, false),
        new(ResumedAt, false),
        new(CompletedAt, false),
        new(Outcome, false),
        new(IssuedAt, false),
        new(IssueMethod, false),
        new(IssueWindow, false),
        new(RefusedAt, false),
        new(RefusalReason, false),
        new(ApprovedBy, false),
    ];
}
