using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Supervision.Benchmarks;

/// <summary>
/// The per-event JSON work of one ingest batch (5,000 events of the simulated month), against the
/// baseline every reader pays: System.Text.Json walking the same bytes into a document. The ratios say
/// what the contract (typed events, field checks, Chinese errors) and the stored payloads cost on top.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(10)]
public class EventJsonBenchmarks
{
    private byte[] _batch = [];
    private List<HallEvent> _events = [];

    [GlobalSetup]
    public void Setup()
    {
        var database = TempDatabase.Sqlite();
        using (var app = new BenchmarkApp(database.Provider, database.ConnectionString))
        {
            using var scope = app.Services.CreateScope();
            using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext();
            _events = MonthOfEvents.GenerateAsync(db).GetAwaiter().GetResult().OrderBy(e => e.At).Take(5000).ToList();
        }
        database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _batch = EventJson.SerializeBatch(_events);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (baseline)")]
    public int ParseDocument()
    {
        using var document = JsonDocument.Parse(_batch);
        return document.RootElement.EnumerateObject().Count();
    }

    [Benchmark(Description = "EventBatchReader.Read (contract v1, what POST /api/v1/events runs)")]
    public int ReadBatch() => EventBatchReader.Read(_batch, MonthOfEvents.Cutoff).Events.Count;

    [Benchmark(Description = "EventJson.Serialize per event (the stored payloads)")]
    public int SerializePayloads()
    {
        var length = 0;
        foreach (var e in _events)
        {
            length += EventJson.Serialize(e).Length;
        }
        return length;
    }
}
