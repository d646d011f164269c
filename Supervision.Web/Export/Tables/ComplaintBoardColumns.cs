using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Tables;

/// <summary>What a card of the 投诉办理看板 shows, shared by the card and the <c>complaints</c> export.</summary>
public static class ComplaintBoardColumns
{
    public static ListColumn<BoardRow<ComplaintRecord>> Stage { get; } = new(new("阶段"), (r, _) => r.Stage);
    public static ListColumn<BoardRow<ComplaintRecord>> Category { get; } =
        new(new("类别"), (r, _) => r.Record.Category is { } k ? ZhNames.Of(k) : "未分类");
    public static ListColumn<BoardRow<ComplaintRecord>> Town { get; } = new(new("镇街"), (r, names) => names.Town(r.Record.Town));
    public static ListColumn<BoardRow<ComplaintRecord>> Id { get; } = new(new("投诉编号"), (r, _) => r.Record.ComplaintId);
    public static ListColumn<BoardRow<ComplaintRecord>> Channel { get; } =
        new(new("渠道"), (r, _) => r.Record.Channel is { } c ? ZhNames.Of(c) : null);
    public static ListColumn<BoardRow<ComplaintRecord>> Case { get; } = new(new("办件编号"), (r, _) => r.Record.CaseId);
    public static ListColumn<BoardRow<ComplaintRecord>> Filed { get; } = new(new("登记时间", ColumnKind.DateTime), (r, _) => r.Record.FiledAt);

    /// <summary>The deadline the complaint waits on: 响应期限 until it is answered, then 办结期限.</summary>
    public static ListColumn<BoardRow<ComplaintRecord>> DueKind { get; } = new(new("待办期限"),
        (r, _) => ComplaintStages.NextDue(r.Record) is null ? null : r.Record.RespondedAt is null ? "响应期限" : "办结期限");
    public static ListColumn<BoardRow<ComplaintRecord>> Due { get; } = new(new("期限时间", ColumnKind.DateTime), (r, _) => ComplaintStages.NextDue(r.Record));
    public static ListColumn<BoardRow<ComplaintRecord>> Substantiated { get; } =
        new(new("是否属实"), (r, _) => r.Record.Substantiated switch { true => "属实", false => "不属实", null => null });

    public static IReadOnlyList<ListColumn<BoardRow<ComplaintRecord>>> All { get; } =
        [Stage, Category, Town, Id, Channel, Case, Filed, DueKind, Due, Substantiated];
}
