using System.IO.Compression;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Export;

/// <summary>Run on each provider: <see cref="SqliteTableExportTests"/>, <see cref="PostgresTableExportTests"/>.</summary>
public abstract class TableExportTests(JuneBulletin june)
{
    [DatabaseFact]
    public async Task Case_export_holds_exactly_the_filtered_cases_and_opens_in_closedxml()
    {
        var expected = await QueryAsync(db => db.Set<CaseRecord>()
            .Where(c => c.Town == "370323001" && (c.AcceptedDay != null
                ? c.AcceptedDay >= new DateOnly(2020, 6, 22) && c.AcceptedDay <= new DateOnly(2020, 6, 28)
                : c.ReceivedDay >= new DateOnly(2020, 6, 22) && c.ReceivedDay <= new DateOnly(2020, 6, 28)))
            .Select(c => c.CaseId).ToListAsync());
        Assert.NotEmpty(expected);

        using var workbook = await ExportAsync("cases.xlsx?town=370323001&period=2020-W26&status=any");
        var sheet = workbook.Worksheet("办件");
        Assert.Equal("办件编号", sheet.Cell(1, 1).GetString());
        var ids = sheet.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.All(sheet.Column(2).CellsUsed().Skip(1), c => Assert.Equal("南麻街道", c.GetString()));
    }

    [DatabaseFact]
    public async Task Case_export_filters_by_status_like_the_case_list()
    {
        var late = await QueryAsync(db => db.Set<CaseRecord>().CountAsync(c => c.CompletedLate));
        using var workbook = await ExportAsync("cases.xlsx?status=late");
        var sheet = workbook.Worksheet("办件");
        Assert.Equal(late, sheet.RowsUsed().Count() - 1);
    }

    [DatabaseFact]
    public async Task Case_export_writes_typed_cells_with_chinese_formats()
    {
        using var workbook = await ExportAsync("cases.xlsx?town=370323002&period=2020-W26&status=completed");
        var sheet = workbook.Worksheet("办件");
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var accepted = sheet.Cell(2, headers["受理时间"]);
        Assert.Equal(XLDataType.DateTime, accepted.DataType);
        Assert.Equal("yyyy\"年\"m\"月\"d\"日\" hh:mm", accepted.Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, headers["办理时长（工作日）"]).DataType);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal(1, sheet.PageSetup.PagesWide);
        Assert.Equal("第 &P 页，共 &N 页", sheet.PageSetup.Footer.Center.GetText(XLHFOccurrence.OddPages));
    }

    [DatabaseFact]
    public async Task Case_export_uses_inline_strings_and_no_shared_string_table()
    {
        using var client = june.App.CreateClient("inspector");
        var bytes = await client.GetByteArrayAsync("/api/v1/exports/cases.xlsx?town=370323001");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Null(zip.GetEntry("xl/sharedStrings.xml"));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains("t=\"inlineStr\"", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Ranking_export_lists_the_twelve_halls_in_rank_order()
    {
        using var workbook = await ExportAsync("ranking.xlsx?period=2020-W26");
        var sheet = workbook.Worksheet("综合评分排名");
        var ranks = sheet.Column(1).CellsUsed().Skip(1).Select(c => c.DataType == XLDataType.Number ? c.GetDouble() : double.MaxValue).ToList();
        Assert.Equal(12, ranks.Count);
        Assert.Equal(ranks.Order(), ranks);
    }

    [DatabaseFact]
    public async Task Review_export_is_the_negative_review_board_of_the_period()
    {
        var (start, end) = (new DateOnly(2020, 6, 1), new DateOnly(2020, 6, 30));
        var onBoard = await QueryAsync(db => db.Set<ReviewRecord>().CountAsync(r => r.IsNegative && r.Valid != false
            && ((r.SubmittedDay >= start && r.SubmittedDay <= end) || (r.SubmittedDay < start && r.FollowedUpAt == null))));
        using var workbook = await ExportAsync("reviews.xlsx?period=2020-06");
        var sheet = workbook.Worksheet("差评整改");
        var levels = sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(onBoard, levels.Count);
        Assert.All(levels, l => Assert.Contains(l, new[] { "非常不满意", "不满意" }));
    }

    private async Task<XLWorkbook> ExportAsync(string path)
    {
        using var client = june.App.CreateClient("inspector");
        using var response = await client.GetAsync($"/api/v1/exports/{path}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private async Task<T> QueryAsync<T>(Func<SupervisionDbContext, Task<T>> query)
    {
        await using var db = await june.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}

[Collection(JuneBulletin.Collection)]
public sealed class SqliteTableExportTests(SqliteJuneBulletin june) : TableExportTests(june);

[Collection(JuneBulletin.PostgresCollection)]
public sealed class PostgresTableExportTests(PostgresJuneBulletin june) : TableExportTests(june), IUsesPostgres;
