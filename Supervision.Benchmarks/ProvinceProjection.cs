using System.Diagnostics;
using System.Text.Json;
using LinqToDB.EntityFrameworkCore;
using Supervision.Domain.Activity.Rollups;
using Supervision.Web.Api;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Simulation;

namespace Supervision.Benchmarks;

/// <summary>
/// Province-size projection (#8): one simulated month of the 12 halls goes through ingestion; its rollup
/// rows are then copied to <c>copies</c> × 12 synthetic halls (1,800 by default) and the month's figures for
/// all of them are queried. The 12-hall month is also one hall-year of data (12 hall-months), so the size of
/// each table after ingestion is the storage one average hall needs per year.
/// </summary>
internal static class ProvinceProjection
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static async Task RunAsync(TempDatabase database, int halls, int iterations)
    {
        await using var _ = database;
        using var app = new BenchmarkApp(database.Provider, database.ConnectionString);
        var services = app.Services;
        var ct = CancellationToken.None;
        var contexts = services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        var paths = new Paths(services.GetRequiredService<IFigureQueries>(), services.GetRequiredService<PeriodRollupCache>(), contexts,
            services.GetRequiredService<ISettingsProvider>(), services.GetRequiredService<ReadReferenceCache>());
        var month = Period.Range(new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 31));

        await using (var probe = await contexts.CreateDbContextAsync(ct))
        {
            if (await probe.Set<TownDayRollup>().AnyAsync(ct))
            {
                // provider "postgres:NAME" kept from an earlier run: measure its rows as they are.
                var stored = await probe.Set<TownDayRollup>().Select(r => r.Town).Distinct().CountAsync(ct);
                Console.WriteLine($"使用已有数据：{stored:N0} 个大厅");
                Print(stored, null, await TimeAsync(paths, month, iterations, ct));
                return;
            }
        }

        var clock = Stopwatch.StartNew();
        var simulator = await services.GetRequiredService<SimulationSource>().CreateAsync(seed: 42, ct);
        var events = simulator.Generate(new DateTimeOffset(2020, 10, 1, 0, 0, 0, China), new DateTimeOffset(2020, 11, 1, 0, 0, 0, China));
        var ingestor = services.GetRequiredService<IEventIngestor>();
        foreach (var chunk in events.Chunk(10_000))
        {
            await ingestor.IngestAsync(chunk, null, ct);
        }
        Console.WriteLine($"{database.Provider}: 12 个大厅 2020-10 共 {events.Count:N0} 个事件经摄取写入：{clock.Elapsed.TotalSeconds:N1} 秒");
        await ReportStorageAsync(contexts, database.Provider, ct);

        var twelve = await TimeAsync(paths, month, iterations, ct);

        List<TownDayRollup> towns;
        List<StaffDayRollup> staff;
        List<ItemDayRollup> items;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            towns = await db.Set<TownDayRollup>().AsNoTracking().ToListAsync(ct);
            staff = await db.Set<StaffDayRollup>().AsNoTracking().ToListAsync(ct);
            items = await db.Set<ItemDayRollup>().AsNoTracking().ToListAsync(ct);
        }
        var copies = Math.Max(1, halls / 12);
        clock.Restart();
        EventStore.EnsureLinqToDb();
        for (var k = 1; k < copies; k++)
        {
            // 3703… → 1001…1149…: same length, a distinct hall per copy.
            string Code(string town) => (1000 + k).ToString(CultureInfo.InvariantCulture) + town[4..];
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.BulkCopyAsync(EventStore.BulkOptions(db), Copy(towns, r => r.Town = Code(r.Town)), ct);
            await db.BulkCopyAsync(EventStore.BulkOptions(db), Copy(staff, r => r.Town = Code(r.Town)), ct);
            await db.BulkCopyAsync(EventStore.BulkOptions(db), Copy(items, r => r.Town = Code(r.Town)), ct);
            await transaction.CommitAsync(ct);
        }
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            }
            Console.WriteLine($"复制为 {copies * 12:N0} 个大厅的汇总行：镇街日 {await db.Set<TownDayRollup>().CountAsync(ct):N0}，" +
                              $"人员日 {await db.Set<StaffDayRollup>().CountAsync(ct):N0}，事项日 {await db.Set<ItemDayRollup>().CountAsync(ct):N0}（{clock.Elapsed.TotalSeconds:N1} 秒）");
        }

        var province = await TimeAsync(paths, month, iterations, ct);
        Print(copies * 12, twelve, province);
    }

    private static void Print(int halls, Timing? twelve, Timing province)
    {
        Console.WriteLine();
        Console.WriteLine("Per-town GROUP BY in the database (the query path) against reading every town-day row (the path before, kept here as the baseline); both alternate in each iteration.");
        Console.WriteLine("| halls | accepted | first call ms | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms | baseline cold p50 ms | baseline cold p95 ms | baseline ÷ now (cold p50) | same figures |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        if (twelve is not null)
        {
            Console.WriteLine(twelve.Row(12));
        }
        Console.WriteLine(province.Row(halls));
        Console.WriteLine($"baseline stages (median ms): town-day rows {F(province.RowsP50)}, staff GROUP BY {F(province.StaffP50)}, RollupSum per town {F(province.SumP50)}");
        Console.WriteLine($"省级规模（{halls:N0} 个大厅一个月）冷查询 p95 {F(province.ColdP95)} ms（目标 ≤ 500 ms：{(province.ColdP95 <= 500 ? "达标" : "未达标")}）；" +
                          $"逐日读取基线 p95 {F(province.BaselineP95)} ms" +
                          (twelve is null ? "" : $"；相对 12 个大厅：{province.ColdP50 / twelve.ColdP50:N1} 倍时间"));
    }

    private static List<T> Copy<T>(List<T> rows, Action<T> change)
    {
        var copies = JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(rows))!;
        copies.ForEach(change);
        return copies;
    }

    private sealed record Paths(
        IFigureQueries Queries, PeriodRollupCache Cache, IDbContextFactory<SupervisionDbContext> Contexts,
        ISettingsProvider Settings, ReadReferenceCache Reference);

    private sealed record Timing(
        int Accepted, double First, double ColdP50, double ColdP95, double WarmP50, double WarmP95,
        double BaselineP50, double BaselineP95, double RowsP50, double StaffP50, double SumP50, bool Same)
    {
        public string Row(int halls) =>
            $"| {halls:N0} | {Accepted:N0} | {F(First)} | {F(ColdP50)} | {F(ColdP95)} | {F(WarmP50)} | {F(WarmP95)} | " +
            $"{F(BaselineP50)} | {F(BaselineP95)} | {BaselineP50 / ColdP50:N1}× | {(Same ? "yes" : "**NO**")} |";
    }

    /// <summary>
    /// Cold = the period sums forgotten before the call, so it reads the rollup tables again; the first
    /// call of a process (JIT, EF query compilation, connection pool) is reported on its own and left out
    /// of the percentiles. The baseline runs right after each cold call, so both see the same load.
    /// </summary>
    private static async Task<Timing> TimeAsync(Paths paths, Period month, int iterations, CancellationToken ct)
    {
        var (cold, warm, baseline, rows, staff, sums) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        FigureSet? figures = null;
        var same = true;
        for (var i = 0; i < iterations; i++)
        {
            paths.Cache.Clear();
            var sw = Stopwatch.StartNew();
            figures = await paths.Queries.GetFiguresAsync(Scope.County, month, ct);
            cold.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            await paths.Queries.GetFiguresAsync(Scope.County, month, ct);
            warm.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            var (old, stages) = await DailyRowsAsync(paths, month, ct);
            baseline.Add(sw.Elapsed.TotalMilliseconds);
            rows.Add(stages.Rows);
            staff.Add(stages.Staff);
            sums.Add(stages.Sum);
            same &= JsonSerializer.Serialize(FigureJson.From(figures)) == JsonSerializer.Serialize(FigureJson.From(old));
        }
        var first = cold[0];
        foreach (var list in new[] { cold, warm, baseline, rows, staff, sums })
        {
            list.RemoveAt(0);
            list.Sort();
        }
        return new Timing(figures!.Accepted, first, P(cold, 0.5), P(cold, 0.95), P(warm, 0.5), P(warm, 0.95),
            P(baseline, 0.5), P(baseline, 0.95), P(rows, 0.5), P(staff, 0.5), P(sums, 0.5), same);
    }

    /// <summary>The read before #8's fix: every town-day row as an entity, added up per town in memory.</summary>
    private static async Task<(FigureSet Figures, (double Rows, double Staff, double Sum) Stages)> DailyRowsAsync(
        Paths paths, Period month, CancellationToken ct)
    {
        var (start, end) = (month.Start, month.End);
        var refs = await paths.Reference.GetAsync(ct);
        await using var db = await paths.Contexts.CreateDbContextAsync(ct);
        var sw = Stopwatch.StartNew();
        var townDays = await db.Set<TownDayRollup>().AsNoTracking().Where(r => r.Day >= start && r.Day <= end).ToListAsync(ct);
        var rows = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var staffSums = await db.Set<StaffDayRollup>().AsNoTracking()
            .Where(r => r.Day >= start && r.Day <= end)
            .GroupBy(r => r.Town)
            .Select(g => new StaffDayRollup { Town = g.Key, StaffId = "", TicketsServed = g.Sum(r => r.TicketsServed), ServiceSecondsSum = g.Sum(r => r.ServiceSecondsSum) })
            .ToListAsync(ct);
        staffSums.ForEach(s => s.Day = start);
        var staff = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var towns = townDays.GroupBy(r => r.Town, StringComparer.Ordinal).Select(g => RollupSum.Sum(g, g.Key, start)).ToList();
        var sum = sw.Elapsed.TotalMilliseconds;
        var figures = paths.Settings.Current.Calculator.Calculate(Scope.County, month,
            new FigureSources { TownDays = towns, StaffDays = staffSums, ItemHistory = refs.ItemHistory });
        return (figures, (rows, staff, sum));
    }

    private static async Task ReportStorageAsync(IDbContextFactory<SupervisionDbContext> contexts, string provider, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.relname, pg_total_relation_size(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY 2 DESC
            """;
        long total = 0;
        Console.WriteLine($"{provider} 存储（12 个大厅 × 1 个月 = 1 个大厅年，含索引）：");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var bytes = reader.GetInt64(1);
            total += bytes;
            if (bytes >= 100 * 1024)
            {
                Console.WriteLine($"  {reader.GetString(0),-28} {bytes / 1024.0 / 1024.0,8:N1} MB");
            }
        }
        Console.WriteLine($"  {"合计",-28} {total / 1024.0 / 1024.0,8:N1} MB / 大厅年");
    }

    private static double P(List<double> sorted, double p) => FigureQueryComparison.Percentile(sorted, p);

    private static string F(double ms) => FigureQueryComparison.F(ms);
}
