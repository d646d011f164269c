using Supervision.Web.Export.Excel;
using Supervision.Web.Queries.Items;

namespace Supervision.Web.Export.Tables;

/// <summary>The 事项清单 of one hall as the items page shows it and the <c>items</c> export writes it.</summary>
public static class ItemListColumns
{
    public static IReadOnlyList<ListColumn<HallItemRow>> All { get; } =
    [
        new(new("事项编码"), (r, _) => r.Code),
        new(new("事项名称", MaxWidth: 36), (r, _) => r.Name + (r.PreReviewOnly ? "（初审上报）" : "")),
        new(new("部门"), (r, _) => r.Department),
        new(new("承诺时限"), (r, _) => r.PromisedDays == 0 ? "即办" : $"{r.PromisedDays} 个工作日"),
        new(new("法定时限"), (r, _) => $"{r.StatutoryDays} 个工作日"),
        new(new("进驻"), (r, _) => ZhNames.YesNo(r.Stationed)),
        new(new("纳入一窗"), (r, _) => ZhNames.YesNo(r.OneWindowEnabled)),
        new(new("自", ColumnKind.Date), (r, _) => r.Since),
        new(new("受理", ColumnKind.Integer), (r, _) => r.Accepted),
        new(new("办结", ColumnKind.Integer), (r, _) => r.Completed),
        new(new("超期办结", ColumnKind.Integer), (r, _) => r.CompletedLate),
        new(new("按时办结率", ColumnKind.Percent, "按时办结率"), (r, _) => r.OnTimeRate),
    ];

    /// <summary>The list's search: a part of the code (any case) or of the name.</summary>
    public static IEnumerable<HallItemRow> Matching(IEnumerable<HallItemRow> items, string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? items
            : items.Where(i => i.Code.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase) || i.Name.Contains(search.Trim(), StringComparison.Ordinal));
}
