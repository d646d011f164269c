using System.Diagnostics;
using System.Net.Http.Json;

namespace Supervision.Benchmarks;

/// <summary>
/// Sustained ingest through POST /api/v1/events: pre-serialised batches of realistic events, in time
/// order (as halls report them live), sent by several concurrent HTTP clients to real Kestrel.
/// </summary>
internal static class HttpLoadDriver
{
    /// <param name="ingestor">Replaces the product's ingestor (<see cref="IngestCeiling"/>), or null for the product.</param>
    public static async Task RunAsync(TempDatabase database, int batchSize, int clients, int scale, Type? ingestor = null)
    {
        await using var _ = database;
        using var app = new BenchmarkApp(database.Provider, database.ConnectionString, builder =>
        {
            if (ingestor is not null)
            {
                builder.ConfigureServices(services => services.AddSingleton(typeof(IEventIngestor), ingestor));
            }
        });
        app.StartServer();
        var key = await app.CreateCountyKeyAsync();

        List<HallEvent> events;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            events = (await MonthOfEvents.GenerateAsync(db, scale: scale)).OrderBy(e => e.At).ToList();
        }
        var batches = events.Chunk(batchSize).Select(b => EventJson.SerializeBatch(b)).ToList();
        Console.WriteLine($"{ingestor?.Name ?? "product"} on {database.Provider}: {events.Count:N0} events in {batches.Count} batches of {batchSize:N0}, {clients} clients, " +
                          $"{batches.Sum(b => (long)b.Length) / 1024 / 1024:N0} MB of JSON");

        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var next = -1;
        long stored = 0;
        var latencies = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(batches[index]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = content };
                request.Headers.Add("X-Api-Key", key);
                using var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<Result>();
                Interlocked.Add(ref stored, result!.Stored);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        clock.Stop();
        // Client and server share the process and its 2 cores: this is the CPU of both, per event stored.
        var cpuPerEvent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Math.Max(stored, 1);

        latencies.Sort();
        Console.WriteLine($"  stored {stored:N0} in {clock.Elapsed.TotalSeconds:N2} s = {stored / clock.Elapsed.TotalSeconds:N0} events/s; " +
                          $"batch latency median {latencies[latencies.Count / 2]:N0} ms, p90 {latencies[(int)(latencies.Count * 0.9)]:N0} ms; " +
                          $"CPU {cpuPerEvent:N1} µs per event");
    }

    private sealed record Result(int Stored, int Duplicates);
}
