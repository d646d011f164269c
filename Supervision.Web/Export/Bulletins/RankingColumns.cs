using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// The 镇街排名 table: every figure of a hall, in one place so the bulletin sheet and the streamed
/// ranking export print the same columns from the same <see cref="RankedHall"/>.
/// </summary>
public static class RankingColumns
{
    public static IReadOnlyList<ExcelColumn> Columns { get; } =
    [
        new("名次", ColumnKind.Integer),
        new("较上期名次"),
        new("镇（街道）"),
        new("试点"),
        new("综合评分", ColumnKind.OneDecimal),
        new("一窗受理事项覆盖率", ColumnKind.Percent, "一窗受理事项覆盖率"),
        new("一窗受理办件占比", ColumnKind.Percent, "一窗受理办件占比"),
        new("受理件数", ColumnKind.Integer),
        new("办结件数", ColumnKind.Integer),
        new("即办率", ColumnKind.Percent),
        new("按时办结率", ColumnKind.Percent, "按时办结率"),
        new("超期办结", ColumnKind.Integer),
        new("初审按时上报率", ColumnKind.Percent),
        new("平均办理时长（工作日）", ColumnKind.TwoDecimals),
        new("提速率", ColumnKind.Percent),
        new("一次办好率", ColumnKind.Percent, "一次办好率"),
        new("平均等候时长（分钟）", ColumnKind.OneDecimal, "平均等候时长"),
        new("弃号率", ColumnKind.Percent, "弃号率"),
        new("评价数", ColumnKind.Integer),
        new("好评率", ColumnKind.Percent, "好评率"),
        new("差评", ColumnKind.Integer),
        new("评价率", ColumnKind.Percent, "评价率"),
        new("差评整改率", ColumnKind.Percent, "差评整改率"),
        new("差评回访率", ColumnKind.Percent, "差评回访率"),
        new("投诉件数", ColumnKind.Integer),
        new("每千件受理投诉数", ColumnKind.TwoDecimals),
        new("投诉按时响应率", ColumnKind.Percent, "投诉按时响应率"),
        new("投诉按时办结率", ColumnKind.Percent, "投诉按时办结率"),
        new("属实投诉", ColumnKind.Integer),
        new("无权否决违规", ColumnKind.Integer, "无权否决违规"),
        new("出勤率", ColumnKind.Percent, "出勤率"),
        new("未达标项", MaxWidth: 40),
    ];

    /// <param name="rankChange">Places gained since the previous period, or null.</param>
    public static object?[] Values(RankedHall hall, string townName, bool isPilot, int? rankChange)
    {
        ArgumentNullException.ThrowIfNull(hall);
        var f = hall.Figures;
        return
        [
            hall.Rank,
            rankChange switch { null => "—", > 0 => $"↑{rankChange}", < 0 => $"↓{-rankChange}", _ => "持平" },
            townName,
            isPilot ? "★试点" : "",
            hall.Score,
            f.ItemCoverage,
            f.CaseShare,
            f.Accepted,
            f.Completed,
            f.InstantRate,
            f.OnTimeRate,
            f.CompletedLate,
            f.EscalatedOnTimeRate,
            f.MeanProcessingDays is { } days ? Math.Round(days, 2, MidpointRounding.AwayFromZero) : null,
            f.SpeedUpRate,
            f.OneTripRate,
            KeyFigures.Minutes(f.MeanWaitSeconds),
            f.AbandonmentRate,
            f.Reviews,
            f.GoodReviewRate,
            f.NegativeReviews,
            f.ReviewRate,
            f.RectifiedOnTimeRate,
            f.FollowUpRate,
            f.ComplaintsFiled,
            f.ComplaintsPerThousandAccepted.Value is { } v ? Math.Round(v * 1000m, 2, MidpointRounding.AwayFromZero) : null,
            f.ComplaintRespondedOnTimeRate,
            f.ComplaintResolvedOnTimeRate,
            f.ComplaintsSubstantiated,
            f.RefusalViolations,
            f.AttendanceRate,
            f.Misses.Count == 0 ? "" : string.Join("、", f.Misses.Select(m => m.Figure)),
        ];
    }
}
