using System.Diagnostics.Metrics;
using Supervision.Tests.Web.Ingestion;
using Supervision.Web.Telemetry;

namespace Supervision.Tests.Web.Scaleout;

public sealed class IngestMetricsTests : IngestionAppTest
{
    [Fact]
    public async Task An_ingest_records_the_events_stored_and_the_batch_duration_on_the_supervision_meter()
    {
        // Only this app's meter: other tests in the process have meters of the same name.
        var factory = App.Services.GetRequiredService<IMeterFactory>();
        var recorded = new ConcurrentDictionary<string, (double Sum, int Count)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SupervisionMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        listener.Start();
        var batch = Samples.EveryType("metrics");

        await App.PostAsync(await App.CreateKeyAsync(), batch);
        await App.PostAsync(await App.CreateKeyAsync(), batch); // duplicates only: a batch, but no new events

        Assert.Equal(((double)batch.Count, 2), (recorded["supervision.ingest.events_stored"].Sum, recorded["supervision.ingest.batch.duration"].Count));

        void Record(Instrument instrument, double value) =>
            recorded.AddOrUpdate(instrument.Name, (value, 1), (_, old) => (old.Sum + value, old.Count + 1));
    }
}
