using System.Diagnostics.Metrics;

namespace Supervision.Web.Telemetry;

/// <summary>
/// The <c>Supervision</c> meter: ingest rate and fan-out latency. Exported through OpenTelemetry when
/// an exporter is configured (see <see cref="TelemetryExtensions"/>); otherwise only in-process listeners see it.
/// </summary>
public sealed class SupervisionMetrics
{
    public const string MeterName = "Supervision";

    /// <summary>Tag value of <see cref="FanoutLatency"/>: the in-process notifier published the update.</summary>
    public const string NotifierPath = "notifier";

    /// <summary>Tag value of <see cref="FanoutLatency"/>: a node received the change over Redis pub/sub.</summary>
    public const string RedisPath = "redis";

    private readonly Counter<long> _eventsStored;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _fanoutLatency;

    public SupervisionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _eventsStored = meter.CreateCounter<long>("supervision.ingest.events_stored", "{event}",
            "Events newly stored (duplicates excluded).");
        _batchDuration = meter.CreateHistogram<double>("supervision.ingest.batch.duration", "s",
            "Time to store one batch: transaction, projections and commit.");
        _fanoutLatency = meter.CreateHistogram<double>("supervision.live.fanout.latency", "s",
            "Time from a batch's commit to its publication (path=notifier) or to its receipt over Redis (path=redis).");
    }

    public void BatchStored(int stored, TimeSpan duration)
    {
        if (stored > 0)
        {
            _eventsStored.Add(stored);
        }
        _batchDuration.Record(duration.TotalSeconds);
    }

    public void FanoutReached(string path, TimeSpan sinceCommit) =>
        _fanoutLatency.Record(Math.Max(0, sinceCommit.TotalSeconds), new KeyValuePair<string, object?>("path", path));
}
