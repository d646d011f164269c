using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Tables;

/// <summary>A case as the case list shows it: the record and its 督办牌 at the moment the list was read.</summary>
public sealed record CaseListRow(CaseRecord Case, CardColour Card)
{
    public static CaseListRow At(CaseRecord record, DateTimeOffset now, WorkingCalendar calendar) =>
        new(record, CaseCards.ColourAt(record, now, calendar));
}

/// <summary>The case list's columns (办件查询), shared by the page and the <c>cases</c> export.</summary>
public static class CaseListColumns
{
    public static IReadOnlyList<ListColumn<CaseListRow>> All { get; } =
    [
        new(new("办件编号"), (r, _) => r.Case.CaseId),
        new(new("镇街"), (r, names) => names.Town(r.Case.Town)),
        new(new("事项", MaxWidth: 36), (r, names) => r.Case.ItemCode is { } item ? names.Item(item) : null),
        new(new("受理时间", ColumnKind.DateTime), (r, _) => r.Case.AcceptedAt),
        new(new("受理人"), (r, names) => r.Case.AcceptedStaff is { } staff ? names.StaffName(staff) : null),
        new(new("状态"), (r, _) => ZhNames.Of(r.Case.Status) + (r.Case.CompletedLate ? "（超期）" : "")),
        new(new("办结期限", ColumnKind.DateTime), (r, _) => r.Case.Deadline),
        new(new("督办牌"), (r, _) => r.Card == CardColour.None ? null : ZhNames.Of(r.Card)),
        new(new("办结时间", ColumnKind.DateTime), (r, _) => r.Case.CompletedAt),
        new(new("办理时长（工作日）", ColumnKind.TwoDecimals),
            (r, _) => r.Case.ProcessingWorkingDays is { } d ? Math.Round((decimal)d, 2, MidpointRounding.AwayFromZero) : null),
    ];

    public static IReadOnlyList<ExcelColumn> Excel { get; } = ListColumns.Excel(All);
}
