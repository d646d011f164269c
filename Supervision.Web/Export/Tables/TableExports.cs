using Supervision.Web.Export.Excel;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Cases;
using Supervision.Web.Queries.Complaints;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Items;
using Supervision.Web.Queries.Listings;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Reviews;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// The dashboard lists that can be exported, each exactly as its page shows it under the same filters: the
/// page and the export read their rows through the same query and write them through the same columns
/// (<see cref="CaseListColumns"/>, <see cref="ReviewBoardColumns"/>, <see cref="ComplaintBoardColumns"/>,
/// <see cref="StaffListColumns"/>, <see cref="ItemListColumns"/>, <see cref="HallRankingColumns"/>). Cases are read
/// lazily (no tracking) while the file is written, so a year of cases never sits in memory.
/// </summary>
public sealed class TableExports(
    RecordListings listings,
    IFigureQueries figures,
    WorkingCalendarSource calendars,
    StaffReader staffReader,
    ReviewsReader reviewsReader,
    ComplaintsReader complaintsReader,
    ItemsReader itemsReader,
    ReferenceNamesReader namesReader,
    TimeProvider time)
{
    public static IReadOnlyList<string> Tables { get; } = ["cases", "reviews", "complaints", "staff", "items", "ranking"];

    /// <summary>Lists that only exist for a period (every list but the cases, whose period is optional).</summary>
    public static bool NeedsPeriod(string table) => table is not "cases";

    /// <summary>The items list is one hall's.</summary>
    public static bool NeedsTown(string table) => table is "items";

    public async Task<ExportSource> OpenAsync(string table, ExportFilters filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var names = await namesReader.GetAsync(cancellationToken);
        var label = (filters.Town is { } t ? names.Town(t) : "全县") + (filters.Period is { } p ? p.Label : "");
        return table switch
        {
            "cases" => await CasesAsync(filters, names, label, cancellationToken),
            "reviews" => await ReviewsAsync(filters, names, label, cancellationToken),
            "complaints" => await ComplaintsAsync(filters, names, label, cancellationToken),
            "staff" => await StaffAsync(filters, names, label, cancellationToken),
            "items" => await ItemsAsync(filters, names, label, cancellationToken),
            "ranking" => await RankingAsync(filters, names, label, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "不支持导出的表。"),
        };
    }

    private async Task<ExportSource> CasesAsync(ExportFilters f, ReferenceNames names, string label, CancellationToken ct)
    {
        var (now, calendar) = (time.GetUtcNow(), calendars.Current);
        var cases = await listings.CasesAsync(f.ToCaseQuery(), now, calendar, ct);
        var rows = cases.Rows.Select(c => ListColumns.Values(CaseListColumns.All, CaseListRow.At(c, now, calendar), names));
        return new ExportSource("cases", "办件", $"办件清单（{label}）", CaseListColumns.Excel, rows, cases);
    }

    private async Task<ExportSource> ReviewsAsync(ExportFilters f, ReferenceNames names, string label, CancellationToken ct)
    {
        var view = await reviewsReader.GetAsync(f.Town, f.Period!, ct);
        var rows = BoardRows.Reviews(view, time.GetUtcNow()).Select(r => ListColumns.Values(ReviewBoardColumns.All, r, names)).ToList();
        return new ExportSource("reviews", "差评整改", $"差评整改看板（{label}）", ListColumns.Excel(ReviewBoardColumns.All), rows);
    }

    private async Task<ExportSource> ComplaintsAsync(ExportFilters f, ReferenceNames names, string label, CancellationToken ct)
    {
        var view = await complaintsReader.GetAsync(f.Town, f.Period!, ct);
        var rows = BoardRows.Complaints(view, time.GetUtcNow()).Select(r => ListColumns.Values(ComplaintBoardColumns.All, r, names)).ToList();
        return new ExportSource("complaints", "投诉办理", $"“一次办不好”投诉办理看板（{label}）", ListColumns.Excel(ComplaintBoardColumns.All), rows);
    }

    private async Task<ExportSource> StaffAsync(ExportFilters f, ReferenceNames names, string label, CancellationToken ct)
    {
        var ranking = await staffReader.RankAsync(f.Town, f.Period!, ct);
        var shown = f.BottomOnly ? StaffListColumns.Bottom(ranking, StaffListColumns.BottomCount) : ranking;
        var rows = shown.Select(r => StaffListColumns.Values(r, names.Town(r.Staff.TownCode))).ToList();
        return new ExportSource("staff", "人员绩效", $"工作人员绩效{(f.BottomOnly ? "末位" : "")}（{label}）", StaffListColumns.Excel, rows);
    }

    private async Task<ExportSource> ItemsAsync(ExportFilters f, ReferenceNames names, string label, CancellationToken ct)
    {
        var items = await itemsReader.GetItemsAsync(f.Town!, f.Period!, ct);
        var rows = ItemListColumns.Matching(items, f.Text).Select(i => ListColumns.Values(ItemListColumns.All, i, names)).ToList();
        return new ExportSource("items", "事项清单", $"一窗受理事项清单（{label}）", ListColumns.Excel(ItemListColumns.All), rows);
    }

    /// <summary>The overview's ranking is the county's; a town asked for keeps its own row.</summary>
    private async Task<ExportSource> RankingAsync(ExportFilters f, ReferenceNames names, string label, CancellationToken ct)
    {
        var ranking = await figures.RankHallsAsync(f.Period!, ct);
        var rows = ranking.Where(h => f.Town is null || h.Town == f.Town)
            .Select(h => ListColumns.Values(HallRankingColumns.All, h, names)).ToList();
        return new ExportSource("ranking", "综合评分排名", $"综合评分排名（{label}）", ListColumns.Excel(HallRankingColumns.All), rows);
    }
}
