using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// The 综合评分排名 of the county overview as the page shows it and the <c>ranking</c> export writes it
/// (the bulletin's full ranking is <see cref="Bulletins.RankingColumns"/>).
/// </summary>
public static class HallRankingColumns
{
    public static IReadOnlyList<ListColumn<RankedHall>> All { get; } =
    [
        new(new("名次", ColumnKind.Integer), (h, _) => h.Rank),
        new(new("镇街"), (h, names) => names.Town(h.Town)),
        new(new("综合评分", ColumnKind.OneDecimal), (h, _) => h.Score is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero) : null),
        new(new("事项覆盖率", ColumnKind.Percent, "一窗受理事项覆盖率"), (h, _) => h.Figures.ItemCoverage, TargetKey.Coverage),
        new(new("办件占比", ColumnKind.Percent, "一窗受理办件占比"), (h, _) => h.Figures.CaseShare, TargetKey.CaseShare),
        new(new("按时办结率", ColumnKind.Percent, "按时办结率"), (h, _) => h.Figures.OnTimeRate, TargetKey.OnTime),
        new(new("一次办好率", ColumnKind.Percent, "一次办好率"), (h, _) => h.Figures.OneTripRate, TargetKey.OneTrip),
        new(new("好评率", ColumnKind.Percent, "好评率"), (h, _) => h.Figures.GoodReviewRate, TargetKey.GoodReview),
        new(new("投诉", ColumnKind.Integer), (h, _) => h.Figures.ComplaintsFiled),
    ];
}
