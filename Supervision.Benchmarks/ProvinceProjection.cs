using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Figures;
using Supervision.Web.Data;
using Supervision.Web.Ingestion;
using Supervision.Web.Ingestion.Store;
using Supervision.Web.Queries;
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
        var queries = services.GetRequiredService<IFigureQueries>();
        var cache = services.GetRequiredService<PeriodRollupCache>();
        var month = Period.Range(new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 31));

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

        var twelve = await TimeAsync(queries, cache, month, iterations, ct);

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

        var province = await TimeAsync(queries, cache, month, iterations, ct);
        Console.WriteLine();
        Console.WriteLine("| halls | accepted | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(twelve.Row(12));
        Console.WriteLine(province.Row(copies * 12));
        Console.WriteLine($"省级规模（{copies * 12:N0} 个大厅一个月）冷查询 p95 {F(province.ColdP95)} ms（目标 ≤ 500 ms：{(province.ColdP95 <= 500 ? "达标" : "未达标")}）；" +
                          $"相对 12 个大厅：{province.ColdP50 / twelve.ColdP50:N1} 倍时间、{copies} 倍数据");
    }

    private static List<T> Copy<T>(List<T> rows, Action<T> change)
    {
        var copies = JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(rows))!;
        copies.ForEach(change);
        return copies;
    }

    private sealed record Timing(int Accepted, double ColdP50, double ColdP95, double WarmP50, double WarmP95)
    {
        public string Row(int halls) => $"| {halls:N0} | {Accepted:N0} | {F(ColdP50)} | {F(ColdP95)} | {F(WarmP50)} | {F(WarmP95)} |";
    }

    private static async Task<Timing> TimeAsync(IFigureQueries queries, PeriodRollupCache cache, Period month, int iterations, CancellationToken ct)
    {
        var cold = new List<double>();
        var warm = new List<double>();
        FigureSet? figures = null;
        for (var i = 0; i < iterations; i++)
        {
            cache.Clear();
            var sw = Stopwatch.StartNew();
            figures = await queries.GetFiguresAsync(Scope.County, month, ct);
            cold.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            await queries.GetFiguresAsync(Scope.County, month, ct);
            warm.Add(sw.Elapsed.TotalMilliseconds);
        }
        cold.RemoveAt(0); // the first call also warms JIT and the connection pool
        warm.RemoveAt(0);
        cold.Sort();
        warm.Sort();
        return new Timing(figures!.Accepted, P(cold, 0.5), P(cold, 0.95), P(warm, 0.5), P(warm, 0.95));
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
