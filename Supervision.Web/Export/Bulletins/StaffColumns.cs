using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>The 人员绩效 table, shared by the bulletin sheet and the staff export.</summary>
public static class StaffColumns
{
    public static IReadOnlyList<ExcelColumn> Columns { get; } =
    [
        new("镇（街道）"), new("工号"), new("姓名"), new("岗位"), new("受理件数", ColumnKind.Integer), new("叫号服务数", ColumnKind.Integer),
        new("平均服务时长（分钟）", ColumnKind.OneDecimal), new("评价数", ColumnKind.Integer), new("好评率", ColumnKind.Percent, "好评率"),
        new("差评", ColumnKind.Integer), new("出勤率", ColumnKind.Percent, "出勤率"), new("迟到天数", ColumnKind.Integer),
        new("综合评分", ColumnKind.OneDecimal),
    ];

    public static object?[] Values(StaffPerformance performance, string townName)
    {
        ArgumentNullException.ThrowIfNull(performance);
        var (staff, f) = performance;
        return
        [
            townName, staff.Id, staff.Name, ZhNames.Of(staff.Role), f.Accepted, f.TicketsServed,
            KeyFigures.Minutes(f.MeanServiceSeconds), f.Reviews, f.GoodReviewRate, f.NegativeReviews, f.AttendanceRate, f.DaysLate, f.Score,
        ];
    }
}
