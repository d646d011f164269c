using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// The ranking as the bulletin prints it: four tables a person can read on A4 paper instead of one of
/// 32 columns. 综合排名 carries the rank, the score and the figures the score is made of; the detail
/// tables (办件, 评价, 投诉) carry the rest, halls in the same order. Every column of
/// <see cref="RankingColumns"/> is printed in exactly one table (the hall's name in each).
/// </summary>
public static class RankingTables
{
    public sealed record Table(string Sheet, string Title, IReadOnlyList<string> Headers)
    {
        /// <summary>The columns of this table, narrowed so long headers wrap over two lines.</summary>
        public IReadOnlyList<ExcelColumn> Columns => Headers.Select(h => Narrow(RankingColumns.Columns[IndexOf(h)])).ToList();

        /// <summary>The values of this table's columns out of a full <see cref="RankingColumns.Values"/> row.</summary>
        public object?[] Pick(object?[] full) => Headers.Select(h => full[IndexOf(h)]).ToArray();
    }

    public const string Overall = "综合排名";
    public const string Cases = "办件明细";
    public const string Reviews = "评价明细";
    public const string Complaints = "投诉明细";

    public static IReadOnlyList<Table> All { get; } =
    [
        new(Overall, "镇（街道）综合评分排名",
            ["名次", "较上期名次", "镇（街道）", "试点", "综合评分", "一窗受理事项覆盖率", "一窗受理办件占比", "按时办结率", "一次办好率",
             "平均等候时长（分钟）", "好评率", "差评整改率", "投诉按时办结率", "出勤率", "未达标项"]),
        new(Cases, "办件情况明细",
            ["名次", "镇（街道）", "受理件数", "办结件数", "即办率", "按时办结率", "超期办结", "初审按时上报率", "平均办理时长（工作日）",
             "提速率", "一次办好率", "平均等候时长（分钟）", "弃号率", "无权否决违规", "出勤率"]),
        new(Reviews, "评价情况明细",
            ["名次", "镇（街道）", "评价数", "好评率", "差评", "评价率", "差评整改率", "差评回访率"]),
        new(Complaints, "投诉情况明细",
            ["名次", "镇（街道）", "投诉件数", "每千件受理投诉数", "投诉按时响应率", "投诉按时办结率", "属实投诉", "无权否决违规"]),
    ];

    private static int IndexOf(string header)
    {
        for (var i = 0; i < RankingColumns.Columns.Count; i++)
        {
            if (RankingColumns.Columns[i].Header == header)
            {
                return i;
            }
        }
        throw new ArgumentException($"排名表没有“{header}”列。", nameof(header));
    }

    // A figure's header wraps at about five characters; its numbers are far narrower.
    private static ExcelColumn Narrow(ExcelColumn column) =>
        column.Kind == ColumnKind.Text ? column : column with { MaxWidth = Math.Min(column.MaxWidth, 12) };
}
