using System.Diagnostics;
using Supervision.Domain.Activity;
using Supervision.Domain.Calendar;
using Supervision.Web.Export;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Export.Tables;

namespace Supervision.Benchmarks;

/// <summary>
/// (1) Streams an export of <c>cases</c> rows (default 100,000) to a byte-counting stream and samples
/// the managed heap meanwhile; (2) issues the bulletin of the busiest ISO week of June 2020 ingested
/// at <c>scale</c> (default 4 ≈ 86k events), with the case table also holding the synthetic year.
/// </summary>
internal static class ExportBenchmark
{
    public static async Task RunAsync(TempDatabase database, int cases, int scale)
    {
        await using var _ = database;
        await using var app = new BenchmarkApp(database.Provider, database.ConnectionString);
        var services = app.Services;
        var contexts = services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();

        var clock = Stopwatch.StartNew();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var events = await MonthOfEvents.GenerateAsync(db, scale: scale);
            foreach (var batch in events.OrderBy(e => e.At).Chunk(5000))
            {
                await services.GetRequiredService<IEventIngestor>().IngestAsync(batch, null, CancellationToken.None);
            }
            Console.WriteLine($"已接入 {events.Count:N0} 条事件（六月，scale {scale}），用时 {clock.Elapsed.TotalSeconds:N1} 秒");
        }
        clock.Restart();
        await InsertYearOfCasesAsync(contexts, cases);
        Console.WriteLine($"已写入 {cases:N0} 条 2020 年的办件记录，用时 {clock.Elapsed.TotalSeconds:N1} 秒");

        await ExportCasesAsync(services);
        await IssueBusiestWeekAsync(services);
    }

    private static async Task ExportCasesAsync(IServiceProvider services)
    {
        var exports = services.GetRequiredService<TableExports>();
        var filters = new ExportFilters { Period = Period.Range(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)) };
        for (var run = 1; run <= 3; run++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long peak = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var output = new CountingStream();
            var watch = Stopwatch.StartNew();
            await using (var source = await exports.OpenAsync("cases", filters, CancellationToken.None))
            {
                await ExportEndpoints.WriteAsync(source, output, CancellationToken.None);
            }
            watch.Stop();
            await sampling.CancelAsync();
            await sampler;
            peak = Math.Max(peak, GC.GetTotalMemory(false));
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"导出办件 第{run}次：{watch.Elapsed.TotalSeconds:N2} 秒，文件 {output.Length / 1048576.0:N1} MB，" +
                $"托管堆峰值 {peak / 1048576.0:N1} MB（导出前 {before / 1048576.0:N1} MB，增量 {(peak - before) / 1048576.0:N1} MB），" +
                $"累计分配 {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1048576.0:N0} MB，最近一次 GC 时堆大小 {info.HeapSizeBytes / 1048576.0:N1} MB"));
        }
    }

    private static async Task IssueBusiestWeekAsync(IServiceProvider services)
    {
        var figures = services.GetRequiredService<IFigureQueries>();
        var weeks = Enumerable.Range(23, 4).Select(w => Period.Week(2020, w)).ToList();
        var busiest = weeks[0];
        var most = -1;
        foreach (var week in weeks)
        {
            var county = await figures.GetFiguresAsync(Scope.County, week, CancellationToken.None);
            if (county.Accepted > most)
            {
                (busiest, most) = (week, county.Accepted);
            }
        }
        var loader = services.GetRequiredService<BulletinContentLoader>();
        var load = Stopwatch.StartNew();
        var content = await loader.LoadAsync(busiest, CancellationToken.None);
        load.Stop();
        // A draft reads the content again and builds the workbook as it would be issued.
        var build = Stopwatch.StartNew();
        var bytes = (await services.GetRequiredService<BulletinService>().DraftAsync(busiest, new ExportActor("压测", null), null, CancellationToken.None)).Workbook;
        build.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"分阶段（首次）：读取内容 {load.Elapsed.TotalMilliseconds:N0} ms，生成工作簿 {build.Elapsed.TotalMilliseconds:N0} ms（{bytes.Length / 1024.0:N0} KB）"));
        var bulletins = services.GetRequiredService<BulletinService>();
        var times = new List<double>();
        for (var run = 1; run <= 5; run++)
        {
            var watch = Stopwatch.StartNew();
            var issued = await bulletins.IssueAsync(busiest, null, new ExportActor("压测", null), CancellationToken.None);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"印发通报 第{run}次：{busiest.Label}（受理 {most:N0} 件），{issued.Title}，{watch.Elapsed.TotalMilliseconds:N0} ms"));
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"印发通报中位数 {times[times.Count / 2]:N0} ms（首次含预热 {times.Max():N0} ms）"));
    }

    /// <summary>A year of completed cases written straight into the record table (the export reads records, not events).</summary>
    private static async Task InsertYearOfCasesAsync(IDbContextFactory<SupervisionDbContext> contexts, int count)
    {
        List<string> towns;
        List<string> items;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            towns = await db.Towns.Select(t => t.Code).OrderBy(c => c).ToListAsync();
            items = await db.ServiceItems.Select(i => i.Code).OrderBy(c => c).ToListAsync();
        }
        var random = new Random(2020);
        for (var start = 0; start < count; start += 5000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + 5000); i++)
            {
                var day = new DateOnly(2020, 1, 2).AddDays(random.Next(0, 360));
                var accepted = WorkingCalendar.AtLocal(day, new TimeOnly(9, 0)).AddMinutes(random.Next(0, 420));
                var completed = accepted.AddDays(random.Next(0, 5)).AddHours(1);
                db.Add(new CaseRecord
                {
                    Town = towns[i % towns.Count], CaseId = $"Y{i:D7}", ItemCode = items[random.Next(items.Count)], Visits = 1,
                    VisitDays = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), FirstReceivedAt = accepted.AddMinutes(-10),
                    AcceptedAt = accepted, AcceptedWindow = "W01", AcceptedAtComprehensive = random.Next(2) == 0, AcceptedStaff = $"{towns[i % towns.Count]}-S01",
                    Channel = Supervision.Domain.Events.CaseChannel.Onsite, PromisedDays = 5, Deadline = accepted.AddDays(7),
                    CompletedAt = completed, Outcome = Supervision.Domain.Events.CaseOutcome.Approved, Status = CaseStatus.Completed,
                    CompletedOnTime = true, ProcessingWorkingDays = (completed - accepted).TotalDays, OneTrip = true,
                    ReceivedDay = day, AcceptedDay = day, CompletedDay = WorkingCalendar.LocalDate(completed), EventCount = 4, LastEventAt = completed,
                });
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Discards what is written, counting bytes: the response body without a network.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
