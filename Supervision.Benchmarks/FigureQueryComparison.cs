using System.Diagnostics;
using Supervision.Domain.Activity.Rollups;
using Supervision.Web.Data.Changes;
using Supervision.Web.Ingestion.Projections;
using Supervision.Web.Simulation;

namespace Supervision.Benchmarks;

/// <summary>
/// County figures for a whole simulated year, two ways in one run: the query service over the daily
/// rollups (what the dashboard and the API do) against scanning the event table, folding every
/// subject and computing the figures from scratch. Both must give the same figures.
/// </summary>
internal static class FigureQueryComparison
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static async Task RunAsync(TempDatabase database, int iterations, int scans)
    {
        await using var _ = database;
        using var app = new BenchmarkApp(database.Provider, database.ConnectionString);
        var services = app.Services;
        var ct = CancellationToken.None;
        var contexts = services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();

        var load = Stopwatch.StartNew();
        await using (var probe = await contexts.CreateDbContextAsync(ct))
        {
            if (await probe.Set<StoredEvent>().AnyAsync(ct))
            {
                // An existing file (provider "sqlite:PATH", e.g. the year `simulate` wrote through ingestion): use it as it is.
                Console.WriteLine($"使用已有数据：{await probe.Set<StoredEvent>().CountAsync(ct):N0} 个事件");
                await MeasureAsync(services, contexts, iterations, scans, ct);
                return;
            }
        }
        var simulator = await services.GetRequiredService<SimulationSource>().CreateAsync(seed: 42, ct);
        var events = simulator.Generate(new DateTimeOffset(2020, 1, 1, 0, 0, 0, China), new DateTimeOffset(2021, 1, 1, 0, 0, 0, China));
        var receivedAt = DateTimeOffset.UtcNow;
        foreach (var chunk in events.Chunk(50_000))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await EventStore.AppendAsync(db, chunk.Select(e => EventIngestor.ToRow(e, receivedAt)).ToList(), ct);
            await transaction.CommitAsync(ct);
        }
        var eventCount = events.Count;
        events = null;
        // The rebuild writes exactly what incremental ingestion would (same fold, same day recomputation).
        var rebuilt = await services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(ct);
        Console.WriteLine($"载入 {eventCount:N0} 个事件并重建投影（{rebuilt.Subjects:N0} 个对象，{rebuilt.Days:N0} 个镇街日）：{load.Elapsed.TotalSeconds:N1} 秒");
        await MeasureAsync(services, contexts, iterations, scans, ct);
    }

    private static async Task MeasureAsync(
        IServiceProvider services, IDbContextFactory<SupervisionDbContext> contexts, int iterations, int scans, CancellationToken ct)
    {

        var period = Period.Range(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        var queries = services.GetRequiredService<IFigureQueries>();
        for (var i = 0; i < 5; i++)
        {
            await queries.GetFiguresAsync(Scope.County, period, ct);
        }
        var rollupTimes = new List<double>();
        FigureSet? fromRollups = null;
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            fromRollups = await queries.GetFiguresAsync(Scope.County, period, ct);
            rollupTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        // Cold: the same query with the per-period sums forgotten (reads the rollup tables again).
        var cache = services.GetRequiredService<PeriodRollupCache>();
        var coldTimes = new List<double>();
        for (var i = 0; i < Math.Max(5, iterations / 5); i++)
        {
            cache.Clear();
            var sw = Stopwatch.StartNew();
            await queries.GetFiguresAsync(Scope.County, period, ct);
            coldTimes.Add(sw.Elapsed.TotalMilliseconds);
        }
        coldTimes.Sort();

        var scanTimes = new List<double>();
        FigureSet? fromScan = null;
        for (var i = 0; i < scans; i++)
        {
            var sw = Stopwatch.StartNew();
            fromScan = await ScanAsync(services, contexts, period, ct);
            scanTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        rollupTimes.Sort();
        scanTimes.Sort();
        var p50 = Percentile(rollupTimes, 0.50);
        var p95 = Percentile(rollupTimes, 0.95);
        var scanMedian = Percentile(scanTimes, 0.50);
        Console.WriteLine();
        Console.WriteLine($"| path | runs | p50 ms | p95 ms | max ms |");
        Console.WriteLine($"|---|---|---|---|---|");
        Console.WriteLine($"| rollups (IFigureQueries), warm | {iterations} | {F(p50)} | {F(p95)} | {F(rollupTimes[^1])} |");
        Console.WriteLine($"| rollups, cold (period sums forgotten before each call) | {coldTimes.Count} | {F(Percentile(coldTimes, 0.50))} | {F(Percentile(coldTimes, 0.95))} | {F(coldTimes[^1])} |");
        Console.WriteLine($"| scan events + fold + compute | {scans} | {F(scanMedian)} | {F(Percentile(scanTimes, 0.95))} | {F(scanTimes[^1])} |");
        Console.WriteLine();
        Console.WriteLine($"rollup p95 {F(p95)} ms（目标 ≤ 50 ms：{(p95 <= 50 ? "达标" : "未达标")}）；扫描中位数 ÷ 汇总 p95 = {scanMedian / p95:N0} 倍（目标 ≥ 20 倍：{(scanMedian / p95 >= 20 ? "达标" : "未达标")}）");
        Console.WriteLine($"两条路径结果{(Same(fromRollups!, fromScan!) ? "一致" : "不一致")}：受理 {fromRollups!.Accepted:N0}，办结 {fromRollups.Completed:N0}，按时办结率 {fromRollups.OnTimeRate}，好评率 {fromRollups.GoodReviewRate}，综合评分 {fromRollups.Score}");
    }

    private static async Task<FigureSet> ScanAsync(
        IServiceProvider services, IDbContextFactory<SupervisionDbContext> contexts, Period period, CancellationToken ct)
    {
        var context = await services.GetRequiredService<ProjectionWriter>().ContextAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = new RecordSet();
        string? subject = null;
        var pending = new List<HallEvent>();
        await foreach (var row in db.Set<StoredEvent>().AsNoTracking().OrderBy(e => e.Subject).ThenBy(e => e.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.Subject != subject)
            {
                if (pending.Count > 0)
                {
                    records.Fold(subject!, pending, context);
                }
                subject = row.Subject;
                pending = [];
            }
            pending.Add(EventJson.Deserialize(row.Payload));
        }
        if (pending.Count > 0)
        {
            records.Fold(subject!, pending, context);
        }
        records.MarkReviewedCases(context);
        var keys = records.Days().Where(d => period.Contains(d.Day)).Select(d => (d.Town, d.Day)).ToHashSet();
        var days = records.ByDay(keys).Select(d => RollupCalculator.ForDay(d.Key.Town, d.Key.Day, d.Value)).ToList();
        var sources = new FigureSources
        {
            TownDays = days.Select(d => d.Town).ToList(),
            StaffDays = days.SelectMany(d => d.Staff).ToList(),
            ItemHistory = await db.HallItemStatuses.AsNoTracking().ToListAsync(ct),
        };
        return services.GetRequiredService<FigureCalculator>().Calculate(Scope.County, period, sources);
    }

    private static bool Same(FigureSet a, FigureSet b) =>
        a.Accepted == b.Accepted && a.Completed == b.Completed && a.OnTimeRate == b.OnTimeRate
        && a.CaseShare == b.CaseShare && a.OneTripRate == b.OneTripRate && a.GoodReviewRate == b.GoodReviewRate && a.ReviewRate == b.ReviewRate
        && a.TicketsIssued == b.TicketsIssued && a.AbandonmentRate == b.AbandonmentRate
        && a.ComplaintsFiled == b.ComplaintsFiled && a.AttendanceRate == b.AttendanceRate
        && a.MeanWaitSeconds == b.MeanWaitSeconds && a.ItemCoverage == b.ItemCoverage && a.Score == b.Score;

    internal static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    internal static string F(double ms) => ms.ToString("N1", CultureInfo.InvariantCulture);
}
