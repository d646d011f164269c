using Supervision.Domain;
using Supervision.Domain.Activity;
using Supervision.Domain.Bulletins;
using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Export.Excel;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Listings;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Queries;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// The dashboard tables that can be exported: <c>cases</c>, <c>reviews</c>, <c>complaints</c>,
/// <c>staff</c> and <c>ranking</c>. Record listings are read lazily (no tracking) while the file is
/// written, so a year of cases never sits in memory; the figure tables come from <see cref="IFigureQueries"/>.
/// </summary>
public sealed class TableExports(
    RecordListings listings,
    ReferenceNamesReader names,
    IFigureQueries figures,
    WorkingCalendarSource calendars,
    StaffReader staffReader,
    TimeProvider time)
{
    public static IReadOnlyList<string> Tables { get; } = ["cases", "reviews", "complaints", "staff", "ranking"];

    /// <summary>Tables whose figures only exist for a period.</summary>
    public static bool NeedsPeriod(string table) => table is "staff" or "ranking";

    public async Task<ExportSource> OpenAsync(string table, ExportFilters filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var towns = (await figures.GetTownsAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        string Town(string code) => towns.TryGetValue(code, out var name) ? name : code;
        var label = (filters.Town is { } t ? Town(t) : "全县") + (filters.Period is { } p ? p.Label : "");
        return table switch
        {
            "cases" => await CasesAsync(filters, Town, label, cancellationToken),
            "reviews" => await ReviewsAsync(filters, Town, label, cancellationToken),
            "complaints" => await ComplaintsAsync(filters, Town, label, cancellationToken),
            "staff" => await StaffAsync(filters, Town, label, cancellationToken),
            "ranking" => await RankingAsync(filters, Town, label, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "不支持导出的表。"),
        };
    }

    public static readonly IReadOnlyList<ExcelColumn> CaseColumns =
    [
        new("镇（街道）"), new("办件编号"), new("事项编码"), new("事项名称", MaxWidth: 36), new("渠道"),
        new("收件时间", ColumnKind.DateTime), new("受理时间", ColumnKind.DateTime), new("受理窗口"), new("综合受理窗口"), new("受理人员"),
        new("承诺时限（工作日）", ColumnKind.Integer), new("办结期限", ColumnKind.DateTime), new("状态"), new("督办牌"),
        new("办结时间", ColumnKind.DateTime), new("按时办结"), new("办理时长（工作日）", ColumnKind.TwoDecimals), new("来访次数", ColumnKind.Integer),
        new("一次办好"), new("办理结果"), new("出件时间", ColumnKind.DateTime),
    ];

    private async Task<ExportSource> CasesAsync(ExportFilters f, Func<string, string> town, string label, CancellationToken ct)
    {
        var reference = await names.GetAsync(ct);
        var (items, staff) = (reference.Items, reference.Staff);
        var now = time.GetUtcNow();
        var cases = await listings.CasesAsync(f.ToCaseQuery(), ct);
        var rows = cases.Rows
            .Select(c => (Case: c, Card: CaseCards.ColourAt(c, now, calendars.Current)))
            .Where(x => f.Card == CardColour.None || x.Card == f.Card)
            .Select(x => CaseRow(x.Case, x.Card, town, items, staff));
        return new ExportSource("cases", "办件", $"办件清单（{label}）", CaseColumns, rows, cases);
    }

    private static object?[] CaseRow(CaseRecord c, CardColour card, Func<string, string> town,
        IReadOnlyDictionary<string, string> items, IReadOnlyDictionary<string, string> staff) =>
    [
        town(c.Town), c.CaseId, c.ItemCode ?? "", c.ItemCode is { } code && items.TryGetValue(code, out var n) ? n : "",
        ZhNames.Of(c.Channel, ""), c.FirstReceivedAt, c.AcceptedAt, c.AcceptedWindow ?? "", c.AcceptedAt is null ? "" : c.AcceptedAtComprehensive ? "是" : "否",
        c.AcceptedStaff is { } s ? staff.GetValueOrDefault(s, s) : "", c.PromisedDays, c.Deadline, ZhNames.Of(c.Status),
        card switch { CardColour.Red => "红牌", CardColour.Yellow => "黄牌", _ => "" },
        c.CompletedAt, c.CompletedOnTime switch { true => "是", false => "否", null => "" },
        c.ProcessingWorkingDays is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : null,
        c.Visits, c.CompletedAt is null ? "" : c.OneTrip ? "是" : "否", ZhNames.Of(c.Outcome, ""), c.IssuedAt,
    ];

    public static readonly IReadOnlyList<ExcelColumn> ReviewColumns =
    [
        new("镇（街道）"), new("评价编号"), new("办件编号"), new("窗口"), new("工作人员"), new("等级", ColumnKind.Integer), new("评价"),
        new("渠道"), new("原因", MaxWidth: 40), new("评价时间", ColumnKind.DateTime), new("差评"), new("核实结果"),
        new("整改期限", ColumnKind.DateTime), new("整改时间", ColumnKind.DateTime), new("按时整改"), new("回访时间", ColumnKind.DateTime), new("回访满意"),
    ];

    private async Task<ExportSource> ReviewsAsync(ExportFilters f, Func<string, string> town, string label, CancellationToken ct)
    {
        var staff = (await names.GetAsync(ct)).Staff;
        var reviews = await listings.ReviewsAsync(f.Town, f.Period, f.NegativeOnly, ct);
        var rows = reviews.Rows.Select(r => new object?[]
        {
            town(r.Town), r.ReviewId, r.CaseId ?? "", r.Window ?? "", r.Staff is { } s ? staff.GetValueOrDefault(s, s) : "", r.Level,
            ZhNames.ReviewLevel(r.Level, ""), ZhNames.Of(r.Channel, ""), r.Reasons ?? "", r.SubmittedAt, r.IsNegative ? "是" : "否",
            r.Valid switch { true => "属实", false => "不属实", null => r.IsNegative ? "未核实" : "" },
            r.NeedsRectification ? r.RectifyDue : null, r.RectifiedAt, r.RectifiedOnTime switch { true => "是", false => "否", null => "" },
            r.FollowedUpAt, r.FollowUpSatisfied switch { true => "满意", false => "不满意", null => "" },
        });
        return new ExportSource("reviews", "好差评", $"{(f.NegativeOnly ? "差评" : "好差评")}清单（{label}）", ReviewColumns, rows, reviews);
    }

    public static readonly IReadOnlyList<ExcelColumn> ComplaintColumns =
    [
        new("镇（街道）"), new("投诉编号"), new("办件编号"), new("类别"), new("渠道"), new("投诉时间", ColumnKind.DateTime),
        new("响应期限", ColumnKind.DateTime), new("响应时间", ColumnKind.DateTime), new("按时响应"),
        new("办结期限", ColumnKind.DateTime), new("办结时间", ColumnKind.DateTime), new("按时办结"), new("是否属实"),
        new("回访时间", ColumnKind.DateTime), new("回访满意"),
    ];

    private async Task<ExportSource> ComplaintsAsync(ExportFilters f, Func<string, string> town, string label, CancellationToken ct)
    {
        var complaints = await listings.ComplaintsAsync(f.Town, f.Period, ct);
        static string YesNo(bool? b) => b switch { true => "是", false => "否", null => "" };
        var rows = complaints.Rows.Select(c => new object?[]
        {
            town(c.Town), c.ComplaintId, c.CaseId ?? "", ZhNames.Of(c.Category, ""), ZhNames.Of(c.Channel, ""), c.FiledAt,
            c.RespondDue, c.RespondedAt, YesNo(c.RespondedOnTime), c.ResolveDue, c.ResolvedAt, YesNo(c.ResolvedOnTime),
            c.Substantiated switch { true => "属实", false => "不属实", null => "" }, c.FollowedUpAt,
            c.FollowUpSatisfied switch { true => "满意", false => "不满意", null => "" },
        });
        return new ExportSource("complaints", "投诉", $"“一次办不好”投诉清单（{label}）", ComplaintColumns, rows, complaints);
    }

    private async Task<ExportSource> StaffAsync(ExportFilters f, Func<string, string> town, string label, CancellationToken ct)
    {
        var ranking = await staffReader.RankAsync(f.Town, f.Period!, ct);
        var shown = f.BottomOnly ? StaffListColumns.Bottom(ranking, StaffListColumns.BottomCount) : ranking;
        var rows = shown.Select(r => StaffListColumns.Values(r, town(r.Staff.TownCode))).ToList();
        return new ExportSource("staff", "人员绩效", $"工作人员绩效{(f.BottomOnly ? "末位" : "")}（{label}）", StaffListColumns.Excel, rows);
    }

    private async Task<ExportSource> RankingAsync(ExportFilters f, Func<string, string> town, string label, CancellationToken ct)
    {
        var period = f.Period!;
        var ranking = await figures.RankHallsAsync(period, ct);
        var previous = await figures.RankHallsAsync(BulletinPeriods.Previous(period), ct);
        var pilots = (await figures.GetTownsAsync(ct)).Where(t => t.IsPilot).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var rows = ranking
            .Where(h => f.Town is null || h.Town == f.Town)
            .Select(h => RankingColumns.Values(h, town(h.Town), pilots.Contains(h.Town),
                previous.FirstOrDefault(b => b.Town == h.Town)?.Rank is { } before && h.Rank is { } now ? before - now : null))
            .ToList();
        return new ExportSource("ranking", "镇街排名", $"镇（街道）综合评分排名（{label}）", RankingColumns.Columns, rows);
    }
}
