using System.Diagnostics;
using Supervision.Web.Ingestion;

namespace Supervision.Web.Simulation;

/// <summary>Progress of writing a stretch of simulated history.</summary>
public sealed record SimulationProgress(int DaysDone, int DaysTotal, long Events, long Stored, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Writes generated events through the one ingestion path (county scope), in batches, day by day,
/// so history, backfill and the live feed are validated and projected like events from a hall.
/// </summary>
internal sealed class SimulationPublisher(IEventIngestor ingestor)
{
    public async Task<SimulationProgress> PublishAsync(
        HallSimulator simulator, DateTimeOffset from, DateTimeOffset to, int batchSize,
        IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var cursor = simulator.OpenCursor(from);
        var totalDays = Math.Max(1, (int)Math.Ceiling((to - from).TotalDays));
        var buffer = new List<HallEvent>(batchSize + 8_000);
        long events = 0, stored = 0;
        var day = 0;
        for (var dayStart = from; dayStart < to; dayStart = dayStart.AddDays(1))
        {
            var dayEnd = dayStart.AddDays(1) < to ? dayStart.AddDays(1) : to;
            buffer.AddRange(cursor.Advance(dayEnd));
            var (sent, added) = await SendAsync(buffer, batchSize, all: false, cancellationToken);
            events += sent;
            stored += added;
            day++;
            progress?.Report(new SimulationProgress(day, totalDays, events, stored, stopwatch.Elapsed));
        }
        var (lastSent, lastAdded) = await SendAsync(buffer, batchSize, all: true, cancellationToken);
        events += lastSent;
        stored += lastAdded;
        var result = new SimulationProgress(totalDays, totalDays, events, stored, stopwatch.Elapsed);
        progress?.Report(result);
        return result;
    }

    /// <summary>Generates the range without storing it: how fast generation alone is.</summary>
    public static SimulationProgress Count(HallSimulator simulator, DateTimeOffset from, DateTimeOffset to, IProgress<SimulationProgress>? progress)
    {
        var stopwatch = Stopwatch.StartNew();
        var cursor = simulator.OpenCursor(from);
        var totalDays = Math.Max(1, (int)Math.Ceiling((to - from).TotalDays));
        long events = 0;
        var day = 0;
        for (var dayStart = from; dayStart < to; dayStart = dayStart.AddDays(1))
        {
            events += cursor.Advance(dayStart.AddDays(1) < to ? dayStart.AddDays(1) : to).Count;
            progress?.Report(new SimulationProgress(++day, totalDays, events, 0, stopwatch.Elapsed));
        }
        return new SimulationProgress(totalDays, totalDays, events, 0, stopwatch.Elapsed);
    }

    /// <summary>
    /// Sends full batches from the front of <paramref name="buffer"/> (with <paramref name="all"/>, the
    /// remainder too), removing each batch once it is committed, so a failure leaves only unsent events.
    /// </summary>
    public async Task<(long Events, long Stored)> SendAsync(List<HallEvent> buffer, int batchSize, bool all, CancellationToken cancellationToken)
    {
        var size = Math.Max(1, batchSize);
        long events = 0, stored = 0;
        while (buffer.Count >= size || (all && buffer.Count > 0))
        {
            var count = Math.Min(size, buffer.Count);
            var result = await ingestor.IngestAsync(buffer.GetRange(0, count), null, cancellationToken);
            buffer.RemoveRange(0, count);
            events += count;
            stored += result.Stored;
        }
        return (events, stored);
    }
}
