using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Figures;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Queries.Figures;

namespace Supervision.Tests.Web.Export;

[Collection(JuneBulletin.Collection)]
public sealed class BulletinWorkbookTests(JuneBulletin bulletin)
{
    private static readonly Period Week26 = Period.Week(2020, 26);
    private static readonly string[] TableSheets =
    [
        BulletinWorkbook.RankingSheet, BulletinWorkbook.OverdueSheet, BulletinWorkbook.ReviewSheet,
        BulletinWorkbook.ComplaintSheet, BulletinWorkbook.StaffSheet, BulletinWorkbook.PilotSheet,
    ];

    private IFigureQueries Figures => bulletin.App.Services.GetRequiredService<IFigureQueries>();

    [Fact]
    public void Workbook_has_the_seven_chinese_sheets_in_order()
    {
        using var workbook = bulletin.OpenWorkbook();
        Assert.Equal(
            ["综述", "镇街排名", "逾期办件", "差评整改", "一次办不好投诉", "人员绩效", "试点进度"],
            workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void Summary_sheet_names_the_issue_period_and_issuing_unit()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("综述");
        Assert.Equal("沂源县镇（街道）全领域无差别“一窗受理”改革试点工作通报 2020年第1期", sheet.Cell(1, 1).GetString());
        var text = string.Join("\n", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("2020年第26周（6月22日—6月28日）", text, StringComparison.Ordinal);
        Assert.Contains("沂源县行政审批服务局", text, StringComparison.Ordinal);
        Assert.Contains("通报表扬", text, StringComparison.Ordinal);
        Assert.Contains("予以通报批评", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_paragraph_praises_the_best_halls_that_miss_nothing_and_criticises_every_lagging_hall()
    {
        var ranking = await Figures.RankHallsAsync(Week26, CancellationToken.None);
        var towns = (await Figures.GetTownsAsync(CancellationToken.None)).ToDictionary(t => t.Code, t => t.Name);
        using var workbook = bulletin.OpenWorkbook();
        var paragraph = workbook.Worksheet("综述").CellsUsed().Select(c => c.GetString()).Single(s => s.StartsWith("2020年第26周", StringComparison.Ordinal) && s.Contains("全县", StringComparison.Ordinal));

        // Praise goes to the top three places that miss no target; a hall that misses one is criticised instead.
        var praised = ranking.Where(h => h.Rank <= 3 && h.Figures.Misses.Count == 0).ToList();
        var lagging = ranking.Where(h => h.Figures.Misses.Count > 0).ToList();
        var criticismAt = paragraph.IndexOf("予以通报批评", StringComparison.Ordinal);
        Assert.All(praised, h => Assert.Contains($"{towns[h.Town]}（{h.Score:0.0}分）", paragraph[..criticismAt], StringComparison.Ordinal));
        Assert.All(lagging, h => Assert.DoesNotContain($"{towns[h.Town]}（{h.Score:0.0}分）", paragraph, StringComparison.Ordinal));
        Assert.NotEmpty(lagging);
        var criticism = paragraph[criticismAt..];
        Assert.All(lagging, h => Assert.Contains(towns[h.Town], criticism, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ranking_sheet_shows_every_figure_of_every_hall_as_the_queries_compute_it()
    {
        var ranking = await Figures.RankHallsAsync(Week26, CancellationToken.None);
        var towns = (await Figures.GetTownsAsync(CancellationToken.None)).ToDictionary(t => t.Code);
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("镇街排名");
        var headers = Headers(sheet);
        Assert.Equal(RankingColumns.Columns.Select(c => c.Header), headers.Keys);
        Assert.Equal(12, ranking.Count);

        for (var i = 0; i < ranking.Count; i++)
        {
            var hall = ranking[i];
            var f = hall.Figures;
            var row = sheet.Row(4 + i);
            IXLCell Cell(string header) => row.Cell(headers[header]);

            Assert.Equal(towns[hall.Town].Name, Cell("镇（街道）").GetString());
            Assert.Equal(towns[hall.Town].IsPilot ? "★试点" : "", Cell("试点").GetString());
            Assert.Equal((double?)hall.Rank, Number(Cell("名次")));
            Assert.Equal((double?)hall.Score, Number(Cell("综合评分")));
            AssertShare(f.ItemCoverage, Cell("一窗受理事项覆盖率"));
            AssertShare(f.CaseShare, Cell("一窗受理办件占比"));
            Assert.Equal(f.Accepted, Number(Cell("受理件数")));
            Assert.Equal(f.Completed, Number(Cell("办结件数")));
            AssertShare(f.InstantRate, Cell("即办率"));
            AssertShare(f.OnTimeRate, Cell("按时办结率"));
            Assert.Equal(f.CompletedLate, Number(Cell("超期办结")));
            AssertShare(f.EscalatedOnTimeRate, Cell("初审按时上报率"));
            AssertShare(f.SpeedUpRate, Cell("提速率"));
            AssertShare(f.OneTripRate, Cell("一次办好率"));
            Assert.Equal(f.MeanWaitSeconds is { } w ? (double)Math.Round(w / 60m, 1, MidpointRounding.AwayFromZero) : null, Number(Cell("平均等候时长（分钟）")));
            AssertShare(f.AbandonmentRate, Cell("弃号率"));
            Assert.Equal(f.Reviews, Number(Cell("评价数")));
            AssertShare(f.GoodReviewRate, Cell("好评率"));
            Assert.Equal(f.NegativeReviews, Number(Cell("差评")));
            AssertShare(f.ReviewRate, Cell("评价率"));
            AssertShare(f.RectifiedOnTimeRate, Cell("差评整改率"));
            AssertShare(f.FollowUpRate, Cell("差评回访率"));
            Assert.Equal(f.ComplaintsFiled, Number(Cell("投诉件数")));
            AssertShare(f.ComplaintRespondedOnTimeRate, Cell("投诉按时响应率"));
            AssertShare(f.ComplaintResolvedOnTimeRate, Cell("投诉按时办结率"));
            Assert.Equal(f.ComplaintsSubstantiated, Number(Cell("属实投诉")));
            Assert.Equal(f.RefusalViolations, Number(Cell("无权否决违规")));
            AssertShare(f.AttendanceRate, Cell("出勤率"));
        }
    }

    [Fact]
    public async Task Ranking_sheet_fills_exactly_the_missed_figures_red()
    {
        var ranking = await Figures.RankHallsAsync(Week26, CancellationToken.None);
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("镇街排名");
        var figureColumns = RankingColumns.Columns.Select((c, i) => (c.Figure, Column: i + 1)).Where(x => x.Figure is not null).ToList();
        var red = 0;
        for (var i = 0; i < ranking.Count; i++)
        {
            var missed = ranking[i].Figures.Misses.Select(m => m.Figure).ToHashSet();
            foreach (var (figure, column) in figureColumns)
            {
                var isRed = IsMissFill(sheet.Cell(4 + i, column));
                Assert.True(missed.Contains(figure!) == isRed, $"第 {4 + i} 行 {figure}：未达标 {missed.Contains(figure!)}，红色 {isRed}");
                red += isRed ? 1 : 0;
            }
        }
        Assert.True(red > 0, "the June data should miss some targets");
    }

    [Fact]
    public void Ranking_sheet_publishes_the_score_weights()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("镇街排名");
        var weightCell = sheet.CellsUsed().Single(c => c.GetString() == "一窗受理事项覆盖率" && c.Address.RowNumber > 15);
        var weight = sheet.Cell(weightCell.Address.RowNumber, 5);
        Assert.Equal(0.2, weight.GetDouble(), 6);
        Assert.Equal("0%", weight.Style.NumberFormat.Format);
    }

    [Fact]
    public void Shares_are_percent_cells_with_one_decimal()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("镇街排名");
        var column = Headers(sheet)["按时办结率"];
        var cell = sheet.Cell(4, column);
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal("0.0%", cell.Style.NumberFormat.Format);
    }

    [Fact]
    public void Instants_are_chinese_dates_with_time_and_plain_days_are_chinese_dates()
    {
        using var workbook = bulletin.OpenWorkbook();
        var reviews = workbook.Worksheet("差评整改");
        var submitted = reviews.Cell(4, Headers(reviews)["评价时间"]);
        Assert.Equal(XLDataType.DateTime, submitted.DataType);
        Assert.Equal("yyyy\"年\"m\"月\"d\"日\" hh:mm", submitted.Style.NumberFormat.Format);
        var pilot = workbook.Worksheet("试点进度");
        var due = pilot.Cell(4, Headers(pilot)["完成期限"]);
        Assert.Equal("yyyy\"年\"m\"月\"d\"日\"", due.Style.NumberFormat.Format);
    }

    [Fact]
    public void Every_sheet_prints_a4_landscape_one_page_wide_with_title_rows_and_page_numbers()
    {
        using var workbook = bulletin.OpenWorkbook();
        foreach (var sheet in workbook.Worksheets)
        {
            var setup = sheet.PageSetup;
            Assert.Equal(XLPageOrientation.Landscape, setup.PageOrientation);
            Assert.Equal(XLPaperSize.A4Paper, setup.PaperSize);
            Assert.Equal(1, setup.PagesWide);
            Assert.Equal(0, setup.PagesTall);
            Assert.Equal(1, setup.FirstRowToRepeatAtTop);
            Assert.True(setup.LastRowToRepeatAtTop >= 2, sheet.Name);
            Assert.Equal("第 &P 页，共 &N 页", setup.Footer.Center.GetText(XLHFOccurrence.OddPages));
        }
    }

    [Fact]
    public void Table_sheets_freeze_their_header_and_filter_their_table()
    {
        using var workbook = bulletin.OpenWorkbook();
        foreach (var name in TableSheets)
        {
            var sheet = workbook.Worksheet(name);
            Assert.Equal(3, sheet.SheetView.SplitRow);
            Assert.Equal(3, sheet.PageSetup.LastRowToRepeatAtTop);
            Assert.True(sheet.AutoFilter.IsEnabled, name);
            Assert.Equal(3, sheet.AutoFilter.Range.FirstRow().RowNumber());
        }
    }

    [Fact]
    public void Column_widths_fit_chinese_headers_at_two_units_per_character()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("镇街排名");
        var column = Headers(sheet)["一窗受理事项覆盖率"];
        Assert.True(sheet.Column(column).Width >= 18, $"宽度 {sheet.Column(column).Width}");
        Assert.True(sheet.Column(Headers(sheet)["名次"]).Width < 10);
    }

    [Fact]
    public async Task Overdue_sheet_lists_every_case_completed_late_in_the_week()
    {
        var county = await Figures.GetFiguresAsync(Scope.County, Week26, CancellationToken.None);
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("逾期办件");
        var kinds = sheet.Column(1).CellsUsed().Skip(3).Select(c => c.GetString()).TakeWhile(s => s.Length > 0).ToList();
        Assert.Equal(county.CompletedLate, kinds.Count(k => k == "超期办结"));
    }

    [Fact]
    public void Staff_sheet_lists_every_staff_member()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("人员绩效");
        var ids = sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).Where(s => s.Contains("-S", StringComparison.Ordinal)).ToList();
        Assert.Equal(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seed-data", "staff.csv")).Length - 1, ids.Count);
    }

    [Fact]
    public async Task Staff_sheet_figures_equal_the_queries_for_each_staff_member()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("人员绩效");
        var headers = Headers(sheet);
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 3 && r.Cell(headers["工号"]).GetString().Contains("-S", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var f = await Figures.GetFiguresAsync(Scope.Staff(row.Cell(headers["工号"]).GetString()), Week26, CancellationToken.None);
            Assert.Equal(f.Accepted, Number(row.Cell(headers["受理件数"])));
            Assert.Equal(f.TicketsServed, Number(row.Cell(headers["叫号服务数"])));
            Assert.Equal(f.NegativeReviews, Number(row.Cell(headers["差评"])));
            AssertShare(f.GoodReviewRate, row.Cell(headers["好评率"]));
            AssertShare(f.AttendanceRate, row.Cell(headers["出勤率"]));
            Assert.Equal((double?)f.Score, Number(row.Cell(headers["综合评分"])));
        }
    }

    internal static Dictionary<string, int> Headers(IXLWorksheet sheet) =>
        sheet.Row(3).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

    private static double? Number(IXLCell cell) => cell.DataType == XLDataType.Number ? cell.GetDouble() : null;

    private static void AssertShare(Ratio expected, IXLCell cell)
    {
        if (expected.Percent is { } p)
        {
            Assert.Equal((double)(p / 100m), cell.GetDouble(), 9);
        }
        else
        {
            Assert.Equal("—", cell.GetString());
        }
    }

    internal static bool IsMissFill(IXLCell cell) =>
        cell.Style.Fill.PatternType == XLFillPatternValues.Solid
        && cell.Style.Fill.BackgroundColor.Color.ToArgb() == System.Drawing.Color.FromArgb(0xFF, 0xFF, 0xC7, 0xCE).ToArgb();
}
