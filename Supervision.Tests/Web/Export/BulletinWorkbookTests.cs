using Supervision.Web.Queries;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Export;

/// <summary>Run on each provider: <see cref="SqliteBulletinWorkbookTests"/>, <see cref="PostgresBulletinWorkbookTests"/>.</summary>
public abstract class BulletinWorkbookTests(JuneBulletin bulletin)
{
    private static readonly Period Week26 = Period.Week(2020, 26);
    private static readonly string[] TableSheets =
    [
        RankingTables.Overall, RankingTables.Cases, RankingTables.Reviews, RankingTables.Complaints, BulletinWorkbook.OverdueSheet, BulletinWorkbook.ReviewSheet,
        BulletinWorkbook.ComplaintSheet, BulletinWorkbook.StaffSheet, BulletinWorkbook.PilotSheet,
    ];

    private IFigureQueries Figures => bulletin.App.Services.GetRequiredService<IFigureQueries>();

    [DatabaseFact]
    public void Workbook_has_the_chinese_sheets_in_order()
    {
        using var workbook = bulletin.OpenWorkbook();
        Assert.Equal(
            ["综述", "综合排名", "办件明细", "评价明细", "投诉明细", "逾期办件", "差评整改", "一次办不好投诉", "人员绩效", "试点进度", "督办事项", "上期通报问题整改情况"],
            workbook.Worksheets.Select(w => w.Name));
    }

    [DatabaseFact]
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

    [DatabaseFact]
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

    [DatabaseFact]
    public async Task Ranking_tables_show_every_figure_of_every_hall_as_the_queries_compute_it()
    {
        var ranking = await Figures.RankHallsAsync(Week26, CancellationToken.None);
        var towns = (await Figures.GetTownsAsync(CancellationToken.None)).ToDictionary(t => t.Code);
        using var workbook = bulletin.OpenWorkbook();
        // Each figure is printed in one of the four ranking tables (the hall's name and rank in each).
        var where = new Dictionary<string, (IXLWorksheet Sheet, int Column)>();
        foreach (var table in RankingTables.All)
        {
            var sheet = workbook.Worksheet(table.Sheet);
            foreach (var (header, column) in Headers(sheet))
            {
                where.TryAdd(header, (sheet, column));
            }
        }
        Assert.Equal(RankingColumns.Columns.Select(c => c.Header).Order(), where.Keys.Order());
        Assert.Equal(12, ranking.Count);

        for (var i = 0; i < ranking.Count; i++)
        {
            var hall = ranking[i];
            var f = hall.Figures;
            IXLCell Cell(string header) => where[header].Sheet.Cell(4 + i, where[header].Column);
            foreach (var table in RankingTables.All)
            {
                var sheet = workbook.Worksheet(table.Sheet);
                Assert.Equal(towns[hall.Town].Name, sheet.Cell(4 + i, Headers(sheet)["镇（街道）"]).GetString());
            }

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

    [DatabaseFact]
    public async Task Ranking_tables_fill_exactly_the_missed_figures_red()
    {
        var ranking = await Figures.RankHallsAsync(Week26, CancellationToken.None);
        using var workbook = bulletin.OpenWorkbook();
        var red = 0;
        foreach (var table in RankingTables.All)
        {
            var sheet = workbook.Worksheet(table.Sheet);
            var figureColumns = table.Columns.Select((c, i) => (c.Figure, Column: i + 1)).Where(x => x.Figure is not null).ToList();
            for (var i = 0; i < ranking.Count; i++)
            {
                var missed = ranking[i].Figures.Misses.Select(m => m.Figure).ToHashSet();
                foreach (var (figure, column) in figureColumns)
                {
                    var isRed = IsMissFill(sheet.Cell(4 + i, column));
                    Assert.True(missed.Contains(figure!) == isRed, $"{table.Sheet} 第 {4 + i} 行 {figure}：未达标 {missed.Contains(figure!)}，红色 {isRed}");
                    red += isRed ? 1 : 0;
                }
            }
        }
        Assert.True(red > 0, "the June data should miss some targets");
    }

    [DatabaseFact]
    public void Ranking_sheet_publishes_the_score_weights()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("综合排名");
        var weightCell = sheet.CellsUsed().Single(c => c.GetString() == "一窗受理事项覆盖率" && c.Address.RowNumber > 15);
        var weight = sheet.Cell(weightCell.Address.RowNumber, 5);
        Assert.Equal(0.2, weight.GetDouble(), 6);
        Assert.Equal("0%", weight.Style.NumberFormat.Format);
    }

    [DatabaseFact]
    public void Shares_are_percent_cells_with_one_decimal()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("办件明细");
        var column = Headers(sheet)["即办率"];
        var cell = sheet.Cell(4, column);
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal("0.0%", cell.Style.NumberFormat.Format);
    }

    [DatabaseFact]
    public void Instants_are_chinese_days_with_time_under_a_dated_subtitle_and_plain_days_are_chinese_dates()
    {
        using var workbook = bulletin.OpenWorkbook();
        var reviews = workbook.Worksheet("差评整改");
        var submitted = reviews.Cell(4, Headers(reviews)["评价时间"]);
        Assert.Equal(XLDataType.DateTime, submitted.DataType);
        Assert.Equal("m\"月\"d\"日\" hh:mm", submitted.Style.NumberFormat.Format);
        Assert.Contains("2020年", reviews.Cell(2, 1).GetString(), StringComparison.Ordinal);
        var pilot = workbook.Worksheet("试点进度");
        var due = pilot.Cell(4, Headers(pilot)["完成期限"]);
        Assert.Equal("yyyy\"年\"m\"月\"d\"日\"", due.Style.NumberFormat.Format);
    }

    [DatabaseFact]
    public void Every_sheet_prints_a4_landscape_with_title_rows_and_page_numbers()
    {
        using var workbook = bulletin.OpenWorkbook();
        foreach (var sheet in workbook.Worksheets)
        {
            var setup = sheet.PageSetup;
            Assert.Equal(XLPageOrientation.Landscape, setup.PageOrientation);
            Assert.Equal(XLPaperSize.A4Paper, setup.PaperSize);
            Assert.Equal(1, setup.FirstRowToRepeatAtTop);
            Assert.True(setup.LastRowToRepeatAtTop >= 2, sheet.Name);
            Assert.Equal("第 &P 页，共 &N 页", setup.Footer.Center.GetText(XLHFOccurrence.OddPages));
        }
    }

    [DatabaseFact]
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

    [DatabaseFact]
    public void Long_figure_headers_wrap_in_narrow_columns_on_a_taller_header_row()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("综合排名");
        var column = sheet.Column(Headers(sheet)["一窗受理事项覆盖率"]);
        Assert.InRange(column.Width, 8, 12);
        Assert.True(sheet.Cell(3, column.ColumnNumber()).Style.Alignment.WrapText);
        Assert.True(sheet.Row(3).Height >= 30, $"表头行高 {sheet.Row(3).Height}");
        Assert.True(sheet.Column(Headers(sheet)["名次"]).Width < 10);
    }

    [DatabaseFact]
    public async Task Overdue_sheet_lists_every_case_completed_late_in_the_week()
    {
        var county = await Figures.GetFiguresAsync(Scope.County, Week26, CancellationToken.None);
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("逾期办件");
        var kinds = sheet.Column(1).CellsUsed().Skip(3).Select(c => c.GetString()).TakeWhile(s => s.Length > 0).ToList();
        Assert.Equal(county.CompletedLate, kinds.Count(k => k == "超期办结"));
    }

    [DatabaseFact]
    public void Staff_sheet_lists_every_staff_member()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("人员绩效");
        var ids = sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).Where(s => s.Contains("-S", StringComparison.Ordinal)).ToList();
        Assert.Equal(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seed-data", "staff.csv")).Length - 1, ids.Count);
    }

    [DatabaseFact]
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

    [Fact]
    public async Task No_hall_is_both_praised_and_criticised()
    {
        var towns = (await Figures.GetTownsAsync(CancellationToken.None)).Select(t => t.Name).ToList();
        using var workbook = bulletin.OpenWorkbook();
        var lines = workbook.Worksheet("综述").Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        var praise = Section(lines, "四、通报表扬", "五、通报批评");
        var criticism = Section(lines, "五、通报批评", "抄送");

        Assert.NotEmpty(criticism);
        Assert.DoesNotContain(towns, t => praise.Any(l => l.Contains(t, StringComparison.Ordinal)) && criticism.Any(l => l.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_printed_sheet_prints_one_page_wide_at_seventy_percent_or_more()
    {
        using var workbook = bulletin.OpenWorkbook();
        foreach (var sheet in workbook.Worksheets)
        {
            var setup = sheet.PageSetup;
            Assert.True(setup.Scale >= 70, $"{sheet.Name} 缩放 {setup.Scale}%，各列宽 {string.Join("、", sheet.ColumnsUsed().Select(c => c.Width))}");
            var last = sheet.LastColumnUsed()!.ColumnNumber();
            var inches = Enumerable.Range(1, last).Sum(c => sheet.Column(c).Width * 7 + 5) / 96.0 * setup.Scale / 100;
            Assert.True(inches <= 842 / 72.0 - setup.Margins.Left - setup.Margins.Right, $"{sheet.Name} 打印宽 {inches:0.00} 英寸");
        }
    }

    [Fact]
    public void Header_and_footer_sit_in_their_own_band_clear_of_the_title_and_the_table()
    {
        using var workbook = bulletin.OpenWorkbook();
        foreach (var sheet in workbook.Worksheets)
        {
            var m = sheet.PageSetup.Margins;
            // One line of 10-pt header or footer text needs about 0.2 in; the body starts below (above) it.
            Assert.True(m.Header > 0 && m.Top - m.Header >= 0.3, $"{sheet.Name}：页眉 {m.Header}，上边距 {m.Top}");
            Assert.True(m.Footer > 0 && m.Bottom - m.Footer >= 0.3, $"{sheet.Name}：页脚 {m.Footer}，下边距 {m.Bottom}");
        }
    }

    [Fact]
    public void Document_number_recipients_copy_to_and_signer_are_printed_on_the_summary()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("综述");
        string Field(string label) => sheet.Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight().GetString();

        Assert.Matches(@"^源审服字〔2020〕\d+号$", sheet.Cell(2, 1).GetString());
        Assert.NotEmpty(Field("签发人"));
        Assert.NotEmpty(Field("主送"));
        Assert.NotEmpty(Field("抄送"));
        Assert.Contains("源审服字〔2020〕", sheet.PageSetup.Header.Center.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_are_in_official_fonts_and_the_text_in_fang_song()
    {
        using var workbook = bulletin.OpenWorkbook();
        var summary = workbook.Worksheet("综述");
        Assert.Equal("方正小标宋简体", summary.Cell(1, 1).Style.Font.FontName);
        Assert.Equal("黑体", summary.Column(1).CellsUsed().Single(c => c.GetString() == "一、总体情况").Style.Font.FontName);
        var ranking = workbook.Worksheet("综合排名");
        Assert.Equal("方正小标宋简体", ranking.Cell(1, 1).Style.Font.FontName);
        Assert.Equal("黑体", ranking.Cell(3, 1).Style.Font.FontName);
        Assert.Equal("仿宋_GB2312", ranking.Cell(4, 3).Style.Font.FontName);
    }

    [Fact]
    public async Task Overdue_sheet_states_the_cases_as_they_stood_at_the_end_of_the_period()
    {
        using var workbook = bulletin.OpenWorkbook();
        var sheet = workbook.Worksheet("逾期办件");
        Assert.Contains("情况截至：2020年6月28日24时", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
        var headers = Headers(sheet);
        var open = sheet.RowsUsed().Where(r => r.RowNumber() > 3 && r.Cell(1).GetString() == "逾期未办结").ToList();
        var end = new DateTimeOffset(2020, 6, 29, 0, 0, 0, TimeSpan.FromHours(8));
        await using var db = await bulletin.App.Services
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Supervision.Web.Data.SupervisionDbContext>>().CreateDbContextAsync();
        foreach (var row in open)
        {
            Assert.Equal("—", row.Cell(headers["办结时间"]).GetString());
            Assert.StartsWith("逾期未办结", row.Cell(headers["期末状态"]).GetString().Replace("暂停中，", "", StringComparison.Ordinal), StringComparison.Ordinal);
            var id = row.Cell(headers["办件编号"]).GetString();
            var record = db.Set<Supervision.Domain.Activity.CaseRecord>().AsEnumerable().Single(c => c.CaseId == id);
            Assert.True(record.CompletedAt is null || record.CompletedAt >= end, $"{id} 在期末前已办结");
        }
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("截至2020年6月28日24时", StringComparison.Ordinal));
    }

    private static List<string> Section(List<string> lines, string from, string to) =>
        lines.SkipWhile(l => l != from).Skip(1).TakeWhile(l => l != to).ToList();

    internal static Dictionary<string, int> Headers(IXLWorksheet sheet) =>
        sheet.Row(3).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

    private static double? Number(IXLCell cell) => cell.DataType == XLDataType.Number ? cell.GetDouble() : null;

    private static void AssertShare(Ratio expected, IXLCell cell)
    {
        if (expected.Percent is { } p)
        {
            // A missed figure may carry more digits (97.96 % for ≥ 98 %); at one decimal it is the published one.
            Assert.Equal((double)(p / 100m), Math.Round(cell.GetDouble(), 3, MidpointRounding.AwayFromZero), 9);
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

[Collection(JuneBulletin.Collection)]
public sealed class SqliteBulletinWorkbookTests(SqliteJuneBulletin bulletin) : BulletinWorkbookTests(bulletin);

[Collection(JuneBulletin.PostgresCollection)]
public sealed class PostgresBulletinWorkbookTests(PostgresJuneBulletin bulletin) : BulletinWorkbookTests(bulletin), IUsesPostgres;
