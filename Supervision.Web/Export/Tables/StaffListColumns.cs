using Supervision.Web.Export.Excel;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// The staff performance table as the staff page shows it and its export writes it: one list of
/// columns, each with its Chinese header, cell kind and value, so the file holds exactly what is on screen.
/// </summary>
public static class StaffListColumns
{
    public sealed record Column(ExcelColumn Excel, Func<StaffRanking, string, object?> Value)
    {
        public string Header => Excel.Header;
    }

    public static IReadOnlyList<Column> All { get; } =
    [
        new(new("名次", ColumnKind.Integer), (r, _) => r.Place),
        new(new("姓名"), (r, _) => r.Staff.Name),
        new(new("镇（街道）"), (_, town) => town),
        new(new("岗位"), (r, _) => ZhNames.Of(r.Staff.Role)),
        new(new("受理件数", ColumnKind.Integer), (r, _) => r.Figures.Accepted),
        new(new("叫号服务数", ColumnKind.Integer), (r, _) => r.Figures.TicketsServed),
        new(new("平均服务时长（分钟）", ColumnKind.OneDecimal), (r, _) => Minutes(r.Figures.MeanServiceSeconds)),
        new(new("好评率", ColumnKind.Percent, "好评率"), (r, _) => r.Figures.GoodReviewRate),
        new(new("差评", ColumnKind.Integer), (r, _) => r.Figures.NegativeReviews),
        new(new("超期办件", ColumnKind.Integer), (r, _) => r.Figures.OverdueCases),
        new(new("属实投诉", ColumnKind.Integer), (r, _) => r.Figures.ComplaintsSubstantiated),
        new(new("出勤率", ColumnKind.Percent, "出勤率"), (r, _) => r.Figures.AttendanceRate),
        new(new("未报天数", ColumnKind.Integer), (r, _) => r.Figures.DaysUnreported),
        new(new("业务量占比", ColumnKind.Percent), (r, _) => r.Figures.WorkloadShare),
        new(new("综合评分", ColumnKind.OneDecimal), (r, _) => r.Figures.Score),
    ];

    public static IReadOnlyList<ExcelColumn> Excel { get; } = All.Select(c => c.Excel).ToList();

    public static object?[] Values(StaffRanking row, string townName) => All.Select(c => c.Value(row, townName)).ToArray();

    /// <summary>Mean service time in minutes, one decimal (the page and the file show the same number).</summary>
    public static decimal? Minutes(decimal? seconds) =>
        seconds is { } s ? Math.Round(s / 60m, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>How many staff the 末位 view lists.</summary>
    public const int BottomCount = 10;

    /// <summary>The 末位 view: the lowest <paramref name="count"/> scored staff, lowest first.</summary>
    public static IReadOnlyList<StaffRanking> Bottom(IReadOnlyList<StaffRanking> ranking, int count) =>
        ranking.Where(r => r.Figures.Score is not null).Reverse().Take(count).ToList();
}
