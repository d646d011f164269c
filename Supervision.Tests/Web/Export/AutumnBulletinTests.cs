using Supervision.Tests.Web.Simulation;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// The simulator's autumn (2020-09-21…10-04, National Day included) ingested with the rule cases of
/// <see cref="AutumnRuleCases"/>, and the bulletin of 2020-W40 issued on 10-06: no coverage target applies
/// yet (pilots: from 2020-10-31; the others only from a roll-out date), so nobody may be criticised for coverage.
/// </summary>
public sealed class AutumnBulletinTests(AutumnBulletinTests.Autumn autumn) : IClassFixture<AutumnBulletinTests.Autumn>
{
    private static readonly Period Week40 = Period.Week(2020, 40);

    [Fact]
    public async Task A_bulletin_of_a_simulated_autumn_criticises_only_halls_that_miss_a_target_that_applies_to_them()
    {
        var (ranking, names, lines) = await ReadAsync();
        var criticism = lines.SkipWhile(l => l != "五、通报批评").Skip(1).ToList();
        var praise = lines.SkipWhile(l => l != "四、通报表扬").Skip(1).TakeWhile(l => l != "五、通报批评").ToList();

        Assert.All(ranking, h => Assert.Null(h.Figures.Judgement(TargetKey.Coverage)));
        Assert.DoesNotContain(criticism, l => l.Contains("一窗受理事项覆盖率", StringComparison.Ordinal));
        var criticised = criticism.Where(l => l.Contains('：')).Select(l => l[..l.IndexOf('：')]).ToList();
        Assert.Equal(ranking.Where(h => h.Figures.Misses.Count > 0).Select(h => names[h.Town]), criticised);
        Assert.DoesNotContain(praise, l => criticised.Any(c => l.StartsWith(c + "：", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_api_the_ranking_and_the_bulletin_mark_the_same_misses_for_every_hall()
    {
        var (ranking, names, summary) = await ReadAsync();
        var lines = summary.SkipWhile(l => l != "五、通报批评").ToList();
        using var client = autumn.App.CreateClient("county-admin");

        foreach (var hall in ranking)
        {
            var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/figures?scope=town:{hall.Town}&period=2020-W40");
            var misses = api.GetProperty("misses").EnumerateArray()
                .Select(m => $"{m.GetProperty("figure").GetString()} {m.GetProperty("actual").GetString()}（目标 {m.GetProperty("target").GetString()}）")
                .ToList();
            Assert.Equal(hall.Figures.Misses.Select(m => $"{m.Figure} {m.Actual}（目标 {m.Target}）"), misses);
            var line = lines.SingleOrDefault(l => l.StartsWith(names[hall.Town] + "：", StringComparison.Ordinal));
            Assert.Equal(misses.Count == 0 ? null : $"{names[hall.Town]}：{string.Join("；", misses)}", line);
        }
    }

    [Fact]
    public async Task The_api_the_dashboard_and_the_bulletin_show_the_same_figures_for_every_hall_with_the_rule_cases_in_the_period()
    {
        var (ranking, names, _) = await ReadAsync();
        var dashboard = autumn.App.Services.GetRequiredService<SharedFigureCache>();
        using var client = autumn.App.CreateClient("county-admin");
        using var workbook = new XLWorkbook(new MemoryStream(autumn.File));
        var cells = RankingCells(workbook);

        var nanma = await dashboard.GetFiguresAsync(Scope.Town(AutumnRuleCases.Town), Week40, CancellationToken.None);
        await AssertRuleCasesAreInThePeriodAsync(nanma);
        foreach (var hall in ranking)
        {
            var shown = await dashboard.GetFiguresAsync(Scope.Town(hall.Town), Week40, CancellationToken.None);
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/figures?scope=town:{hall.Town}&period=2020-W40");
            var (api, score) = (body.GetProperty("figures"), body.GetProperty("score"));
            var printed = cells[names[hall.Town]];

            var fromDashboard = CrossCheckedFigures.ToDictionary(c => c.Header, c => c.Dashboard(shown));
            var fromApi = CrossCheckedFigures.ToDictionary(c => c.Header, c => c.Api(api));
            var fromBulletin = CrossCheckedFigures.ToDictionary(c => c.Header, c => c.Cell(printed[c.Header]));
            fromDashboard["综合评分"] = Text(shown.Score, 1);
            fromApi["综合评分"] = Text(score.ValueKind == JsonValueKind.Null ? null : score.GetDecimal(), 1);
            fromBulletin["综合评分"] = CellNumber(printed["综合评分"], 1);
            Assert.Equal(fromDashboard, fromApi);
            Assert.Equal(fromDashboard, fromBulletin);
        }
    }

    [Fact]
    public void The_county_coverage_row_of_the_bulletin_states_that_no_target_applies_yet()
    {
        using var workbook = new XLWorkbook(new MemoryStream(autumn.File));
        // The first such row is the key-figure table's (the weights table lists the name again).
        var row = workbook.Worksheet("综述").RowsUsed().First(r => r.Cell(1).GetString() == "一窗受理事项覆盖率");

        Assert.Equal("本期无适用目标", row.Cell(5).GetString());
    }

    // Each hall's figure as published: a share's one-decimal text, a count, a mean at the bulletin's decimals;
    // “—” without a value. Dashboard, API and workbook cell each read it their own way.
    private static readonly (string Header, Func<FigureSet, string> Dashboard, Func<JsonElement, string> Api, Func<IXLCell, string> Cell)[] CrossCheckedFigures =
    [
        Share("一窗受理事项覆盖率", f => f.ItemCoverage, "itemCoverage"),
        Share("一窗受理办件占比", f => f.CaseShare, "caseShare"),
        Count("受理件数", f => f.Accepted, "accepted"),
        Count("办结件数", f => f.Completed, "completed"),
        Share("即办率", f => f.InstantRate, "instantRate"),
        Share("按时办结率", f => f.OnTimeRate, "onTimeRate"),
        Count("超期办结", f => f.CompletedLate, "completedLate"),
        Share("初审按时上报率", f => f.EscalatedOnTimeRate, "escalatedOnTimeRate"),
        ("平均办理时长（工作日）", f => Text(f.MeanProcessingDays, 2), j => Text(Decimal(j, "meanProcessingDays"), 2), c => CellNumber(c, 2)),
        Share("提速率", f => f.SpeedUpRate, "speedUpRate"),
        Share("一次办好率", f => f.OneTripRate, "oneTripRate"),
        ("平均等候时长（分钟）", f => Text(KeyFigures.Minutes(f.MeanWaitSeconds), 1),
            j => Text(KeyFigures.Minutes(Decimal(j, "meanWaitSeconds")), 1), c => CellNumber(c, 1)),
        Share("弃号率", f => f.AbandonmentRate, "abandonmentRate"),
        Count("评价数", f => f.Reviews, "reviews"),
        Share("好评率", f => f.GoodReviewRate, "goodReviewRate"),
        Count("差评", f => f.NegativeReviews, "negativeReviews"),
        Share("评价率", f => f.ReviewRate, "reviewRate"),
        Share("差评整改率", f => f.RectifiedOnTimeRate, "rectifiedOnTimeRate"),
        Share("差评回访率", f => f.FollowUpRate, "followUpRate"),
        Count("投诉件数", f => f.ComplaintsFiled, "complaintsFiled"),
        ("每千件受理投诉数", f => Text(f.ComplaintsPerThousandAccepted.Value * 1000m, 2),
            j => Text(Decimal(j.GetProperty("complaintsPerThousandAccepted"), "value"), 2), c => CellNumber(c, 2)),
        Share("投诉按时响应率", f => f.ComplaintRespondedOnTimeRate, "complaintRespondedOnTimeRate"),
        Share("投诉按时办结率", f => f.ComplaintResolvedOnTimeRate, "complaintResolvedOnTimeRate"),
        Count("属实投诉", f => f.ComplaintsSubstantiated, "complaintsSubstantiated"),
        Count("无权否决违规", f => f.RefusalViolations, "refusalViolations"),
        Share("出勤率", f => f.AttendanceRate, "attendanceRate"),
    ];

    private static (string, Func<FigureSet, string>, Func<JsonElement, string>, Func<IXLCell, string>) Share(
        string header, Func<FigureSet, Ratio> figure, string field) =>
        (header, f => figure(f).ToString(), j => j.GetProperty(field).GetProperty("text").GetString()!,
            c => c.DataType == XLDataType.Number ? new Ratio((decimal)c.GetDouble(), 1).ToString() : c.GetString());

    private static (string, Func<FigureSet, string>, Func<JsonElement, string>, Func<IXLCell, string>) Count(
        string header, Func<FigureSet, int> figure, string field) =>
        (header, f => Text(figure(f), 0), j => Text(j.GetProperty(field).GetInt32(), 0), c => CellNumber(c, 0));

    private static decimal? Decimal(JsonElement figures, string field) =>
        figures.GetProperty(field) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static string Text(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture) : "—";

    private static string CellNumber(IXLCell cell, int decimals) =>
        cell.DataType == XLDataType.Number ? Text((decimal)cell.GetDouble(), decimals) : cell.GetString() is "" ? "—" : cell.GetString();

    /// <summary>Every ranking sheet's cells by town name and column header.</summary>
    private static Dictionary<string, Dictionary<string, IXLCell>> RankingCells(XLWorkbook workbook)
    {
        var cells = new Dictionary<string, Dictionary<string, IXLCell>>(StringComparer.Ordinal);
        foreach (var table in RankingTables.All)
        {
            var sheet = workbook.Worksheet(table.Sheet);
            var headers = BulletinWorkbookTests.Headers(sheet);
            foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > 3))
            {
                var town = row.Cell(headers["镇（街道）"]).GetString();
                if (town.Length == 0)
                {
                    continue;
                }
                var byHeader = cells.TryGetValue(town, out var known) ? known : cells[town] = new Dictionary<string, IXLCell>(StringComparer.Ordinal);
                foreach (var (header, column) in headers)
                {
                    byHeader.TryAdd(header, row.Cell(column));
                }
            }
        }
        return cells;
    }

    /// <summary>The period holds each rule's case (see <see cref="AutumnRuleCases"/>), so the cross-check covers them.</summary>
    private async Task AssertRuleCasesAreInThePeriodAsync(FigureSet nanma)
    {
        Assert.True(nanma.EscalatedOnTimeRate.Denominator >= 2, "初审上报");
        Assert.True(nanma.SpeedUpRate.Denominator > 0, "提速率");
        Assert.True(nanma.RefusalViolations >= 1, "无权否决违规");
        await using var db = await autumn.App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var cases = await db.Set<CaseRecord>().AsNoTracking().Where(c => c.CaseId.StartsWith("X15-")).ToDictionaryAsync(c => c.CaseId);
        var reviews = await db.Set<ReviewRecord>().AsNoTracking().Where(r => r.ReviewId.StartsWith("X15-")).ToDictionaryAsync(r => r.ReviewId);
        Assert.True(reviews["X15-RL"].Late);
        Assert.True(reviews["X15-RN"].MissingReasons);
        Assert.True(cases["X15-R"].RefusalOverturned);
        Assert.Equal(1, cases["X15-B"].BackdatedPauses);
        Assert.True(cases["X15-B"].CompletedLate);
        Assert.Equal<(bool?, bool?)>((true, false), (cases["X15-E1"].EscalatedOnTime, cases["X15-E2"].EscalatedOnTime));
        // Accepted Fri 17:45 after hours: on the clock from Sun 09-27 17:30 (make-up workday), Mon 9 h + Tue 4 h = 13 h.
        Assert.Equal(1.444444, cases["X15-S"].PromiseClockUsedDays);
        // Mon 09-28 17:30 to Wed 15:00 = Tue 9 h + Wed 6.5 h − 4 h paused = 11.5 h.
        Assert.Equal(1.277778, cases["X15-P"].PromiseClockUsedDays);
    }

    /// <summary>The W40 ranking as the queries compute it, the town names, and the 综述 sheet's first column.</summary>
    private async Task<(IReadOnlyList<RankedHall> Ranking, Dictionary<string, string> Names, List<string> Summary)> ReadAsync()
    {
        var queries = autumn.App.Services.GetRequiredService<IFigureQueries>();
        var ranking = await queries.RankHallsAsync(Week40, CancellationToken.None);
        var names = (await queries.GetTownsAsync(CancellationToken.None)).ToDictionary(t => t.Code, t => t.Name);
        using var workbook = new XLWorkbook(new MemoryStream(autumn.File));
        return (ranking, names, workbook.Worksheet("综述").Column(1).CellsUsed().Select(c => c.GetString()).ToList());
    }

    /// <summary>The app with the simulated fortnight ingested and the W40 bulletin issued and downloaded once.</summary>
    public sealed class Autumn : IAsyncLifetime
    {
        public SupervisionWebApplicationFactory App { get; } = ExportApp.Create();

        public byte[] File { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            App.Clock.SetUtcNow(SeedReference.Local(2020, 10, 6, 8));
            var events = SeedReference.Simulator().Generate(SeedReference.Local(2020, 9, 21), SeedReference.Local(2020, 10, 5));
            var ingestor = App.Services.GetRequiredService<IEventIngestor>();
            foreach (var batch in events.Chunk(5000))
            {
                await ingestor.IngestAsync(batch, townScope: null, CancellationToken.None);
            }
            await ingestor.IngestAsync(AutumnRuleCases.Reported, townScope: null, CancellationToken.None);
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            await ingestor.IngestAsync(AutumnRuleCases.Backdated, townScope: null, CancellationToken.None);
            using var client = App.CreateClient("inspector");
            using var issued = await client.PostAsync("/api/v1/bulletins?week=2020-W40", null);
            if (issued.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"印发失败：{(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync()}");
            }
            var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
            File = await client.GetByteArrayAsync(body.GetProperty("download").GetString());
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
