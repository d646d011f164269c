using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Supervision.Tests.Web.Components.Pages;

namespace Supervision.Tests.Web.Export.Tables;

/// <summary>Alone in its collection: the managed heap it watches is the process's, so no other test may allocate meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMemoryCollection
{
    public const string Name = "export memory";
}

[Collection(ExportMemoryCollection.Name)]
public sealed class CaseExportMemoryTests : ListsWorld
{
    private const int Cases = 100_000;

    /// <summary>The 100k export's target in docs/benchmarks.md: “streaming export of 100,000 cases, peak managed memory &lt; 200 MB”.</summary>
    private const long PeakLimitBytes = 200L * 1024 * 1024;

    /// <summary>Completed cases of 2020 in the three halls, written with linq2db's bulk copy (EF would take minutes).</summary>
    private async Task SeedYearOfCasesAsync()
    {
        LinqToDBForEFTools.Initialize();
        string[] towns = [Nanma, Lishan, Yuezhuang];
        var rows = Enumerable.Range(0, Cases).Select(i =>
        {
            var day = new DateOnly(2020, 1, 2).AddDays(i % 360);
            var accepted = WorkingCalendar.AtLocal(day, new TimeOnly(9, 0)).AddMinutes(i % 420);
            var completed = accepted.AddDays(i % 5).AddHours(1);
            return new CaseRecord
            {
                Town = towns[i % 3], CaseId = $"Y{i:D7}", ItemCode = $"RS-00{i % 4 + 1}", Visits = 1, FirstReceivedAt = accepted.AddMinutes(-10),
                AcceptedAt = accepted, AcceptedStaff = $"{Nanma}-S0{i % 2 + 1}", PromisedDays = 5, Deadline = accepted.AddDays(7),
                CompletedAt = completed, Status = CaseStatus.Completed, CompletedOnTime = true, ProcessingWorkingDays = (completed - accepted).TotalDays,
                OneTrip = true, ReceivedDay = day, AcceptedDay = day, CompletedDay = WorkingCalendar.LocalDate(completed), EventCount = 4, LastEventAt = completed,
            };
        });
        await using var db = Database.CreateContext();
        await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows }, rows);
    }

    [Fact]
    public async Task Exporting_100000_cases_keeps_the_managed_heap_under_the_documented_figure()
    {
        await SeedYearOfCasesAsync();
        var written = 0;
        var output = new HeapSamplingStream();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        await using (var source = await OpenExportAsync("/api/v1/exports/cases.xlsx?period=2020-01-01..2020-12-31"))
        {
            var counted = new ExportSource(source.Table, source.SheetName, source.Title, source.Columns, source.Rows.Select(r =>
            {
                written++;
                return r;
            }));
            await ExportEndpoints.WriteAsync(counted, output, CancellationToken.None);
        }

        Assert.Equal(Cases, written);
        Assert.True(output.Length > Cases * 50L, $"文件只有 {output.Length:N0} 字节。");
        // Sampled at every write of the file: each sample sees the heap while rows are being read and written.
        Assert.True(output.Samples > 100, $"只采样了 {output.Samples} 次。");
        Assert.True(output.PeakHeap - before < PeakLimitBytes,
            $"导出 {Cases:N0} 条办件时托管堆增长到 {(output.PeakHeap - before) / 1048576.0:N1} MB，超过 docs/benchmarks.md 的 200 MB。");
    }

    /// <summary>Counts what is written and samples the managed heap at each write: the response body without a network.</summary>
    private sealed class HeapSamplingStream : Stream
    {
        private long _length;

        public long PeakHeap { get; private set; }

        public int Samples { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
            Samples++;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
