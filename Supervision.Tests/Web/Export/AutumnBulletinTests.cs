using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Figures;
using Supervision.Tests.Web.Simulation;
using Supervision.Web.Ingestion;
using Supervision.Web.Queries.Figures;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// The simulator's autumn (2020-09-21…10-04, National Day included) ingested, and the bulletin of
/// 2020-W40 issued on 10-06: no coverage target applies yet (pilots: from 2020-10-31; the others only
/// from a roll-out date), so nobody may be criticised for coverage.
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
    public void The_county_coverage_row_of_the_bulletin_states_that_no_target_applies_yet()
    {
        using var workbook = new XLWorkbook(new MemoryStream(autumn.File));
        // The first such row is the key-figure table's (the weights table lists the name again).
        var row = workbook.Worksheet("综述").RowsUsed().First(r => r.Cell(1).GetString() == "一窗受理事项覆盖率");

        Assert.Equal("本期无适用目标", row.Cell(5).GetString());
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
