using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using static Supervision.Tests.Web.Simulation.SeedReference;

namespace Supervision.Tests.Web.Simulation;

public sealed class SimulationPublisherTests
{
    [Fact]
    public async Task Publishes_every_generated_event_in_order_in_batches_no_larger_than_the_batch_size()
    {
        var ingestor = new RecordingIngestor();
        var publisher = new SimulationPublisher(ingestor);
        var (from, to) = (Local(2020, 10, 12), Local(2020, 10, 15));

        var result = await publisher.PublishAsync(Simulator(), from, to, batchSize: 5_000, progress: null, CancellationToken.None);

        var expected = Simulator().Generate(from, to);
        Assert.All(ingestor.Batches, batch => Assert.InRange(batch.Count, 1, 5_000));
        Assert.Equal(EventJson.SerializeBatch(expected), EventJson.SerializeBatch(ingestor.Batches.SelectMany(b => b)));
        Assert.Equal(expected.Count, result.Events);
        Assert.All(ingestor.Scopes, scope => Assert.Null(scope));
    }

    [Fact]
    public async Task Reports_progress_once_per_day_up_to_the_total()
    {
        var publisher = new SimulationPublisher(new RecordingIngestor());
        var reports = new List<SimulationProgress>();

        await publisher.PublishAsync(Simulator(), Local(2020, 10, 12), Local(2020, 10, 15), 10_000, new Collect(reports), CancellationToken.None);

        Assert.Equal([1, 2, 3, 3], reports.Select(r => r.DaysDone));
        Assert.All(reports, r => Assert.Equal(3, r.DaysTotal));
    }

    private sealed class Collect(List<SimulationProgress> into) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => into.Add(value);
    }

    private sealed class RecordingIngestor : IEventIngestor
    {
        public List<IReadOnlyList<HallEvent>> Batches { get; } = [];
        public List<string?> Scopes { get; } = [];

        public Task<IngestResult> IngestAsync(IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken)
        {
            Batches.Add(events.ToList());
            Scopes.Add(townScope);
            return Task.FromResult(new IngestResult(events.Count, 0));
        }
    }
}
