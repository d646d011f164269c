using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Tables;

/// <summary>What a card of the 差评整改看板 shows, shared by the card and the <c>reviews</c> export.</summary>
public static class ReviewBoardColumns
{
    public static ListColumn<BoardRow<ReviewRecord>> Stage { get; } = new(new("阶段"), (r, _) => r.Stage);
    public static ListColumn<BoardRow<ReviewRecord>> Level { get; } =
        new(new("等级"), (r, _) => r.Record.Level is null ? null : ZhNames.ReviewLevel(r.Record.Level, ""));
    public static ListColumn<BoardRow<ReviewRecord>> Town { get; } = new(new("镇街"), (r, names) => names.Town(r.Record.Town));
    public static ListColumn<BoardRow<ReviewRecord>> Staff { get; } =
        new(new("工作人员"), (r, names) => r.Record.Staff is { } staff ? names.StaffName(staff) : null);
    public static ListColumn<BoardRow<ReviewRecord>> Case { get; } = new(new("办件编号"), (r, _) => r.Record.CaseId);
    public static ListColumn<BoardRow<ReviewRecord>> Reasons { get; } = new(new("原因", MaxWidth: 40), (r, _) => r.Record.Reasons);
    public static ListColumn<BoardRow<ReviewRecord>> Submitted { get; } = new(new("提交时间", ColumnKind.DateTime), (r, _) => r.Record.SubmittedAt);
    public static ListColumn<BoardRow<ReviewRecord>> Due { get; } = new(new("整改期限", ColumnKind.DateTime), (r, _) => r.Record.RectifyDue);

    public static IReadOnlyList<ListColumn<BoardRow<ReviewRecord>>> All { get; } = [Stage, Level, Town, Staff, Case, Reasons, Submitted, Due];
}
