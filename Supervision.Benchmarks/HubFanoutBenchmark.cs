using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Supervision.Web.Data.Changes;
using Supervision.Web.Live;
using Supervision.Web.Routing;

namespace Supervision.Benchmarks;

/// <summary>
/// Hub fan-out: time from a batch's commit to its <c>FiguresChanged</c> message arriving at each of N
/// .NET SignalR clients (WebSockets over loopback, real Kestrel), against 1 client in the same run.
/// Commit time comes from the ingestion notification inside the server; receipt time from the client
/// handlers in the same process, so both read one clock.
/// </summary>
internal static class HubFanoutBenchmark
{
    public static async Task RunAsync(TempDatabase database, int clients, int rounds)
    {
        await using var _ = database;
        using var app = new BenchmarkApp(database.Provider, database.ConnectionString);
        app.StartServer();
        var (_, key) = await app.Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("扇出压测", null, ApiKeyScopes.Ingest | ApiKeyScopes.Read, CancellationToken.None);
        var baseAddress = app.ClientOptions.BaseAddress;

        long committedAt = 0;
        app.Services.GetRequiredService<IIngestionNotifications>().Committed += _ => Volatile.Write(ref committedAt, Stopwatch.GetTimestamp());
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        var baseline = await MeasureAsync(1);
        var loaded = await MeasureAsync(clients);

        Console.WriteLine($"hub fan-out, {rounds} commits each, commit → FiguresChanged at the client (ms):");
        Console.WriteLine("clients | p50 | p95 | p99 | max | messages");
        foreach (var (n, latencies) in new[] { (1, baseline), (clients, loaded) })
        {
            Console.WriteLine($"{n,7} | {Percentile(latencies, 50),5:0.0} | {Percentile(latencies, 95),5:0.0} | {Percentile(latencies, 99),5:0.0} | " +
                              $"{latencies.Max(),6:0.0} | {latencies.Count:N0}");
        }
        Console.WriteLine($"ratio p95 {clients}/1: {Percentile(loaded, 95) / Percentile(baseline, 95):0.0}×; target p95 ≤ 250 ms at 1,000 clients");

        async Task<List<double>> MeasureAsync(int n)
        {
            var received = new ConcurrentBag<double>();
            var pending = 0;
            var allArrived = new TaskCompletionSource();
            var connections = new List<HubConnection>();
            var connect = Stopwatch.StartNew();
            foreach (var chunk in Enumerable.Range(0, n).Chunk(50))
            {
                connections.AddRange(await Task.WhenAll(chunk.Select(async _ =>
                {
                    var connection = new HubConnectionBuilder()
                        .WithUrl(new Uri(baseAddress, ApiRoutes.LiveHub), options =>
                        {
                            options.Transports = HttpTransportType.WebSockets;
                            options.SkipNegotiation = true;
                            options.Headers["X-Api-Key"] = key;
                        })
                        .Build();
                    connection.On<FiguresChangedMessage>(nameof(ILiveClient.FiguresChanged), _ =>
                    {
                        received.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref committedAt)).TotalMilliseconds);
                        if (Interlocked.Decrement(ref pending) == 0)
                        {
                            allArrived.TrySetResult();
                        }
                    });
                    await connection.StartAsync();
                    await connection.InvokeAsync("JoinCounty");
                    return connection;
                })));
            }
            Console.WriteLine($"{n} clients connected in {connect.Elapsed.TotalSeconds:0.0} s");

            for (var round = 0; round < rounds + 1; round++)
            {
                allArrived = new TaskCompletionSource();
                Volatile.Write(ref pending, n);
                await ingestor.IngestAsync([Ticket(n, round)], null, CancellationToken.None);
                await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
                if (round == 0)
                {
                    received.Clear(); // the first round warms up the path
                }
                // Past the coalescing interval, so the next commit is forwarded at once.
                await Task.Delay(LiveFanout.MinInterval + TimeSpan.FromMilliseconds(100));
            }
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
            return [.. received];
        }
    }

    private static HallEvent Ticket(int clients, int round) => new TicketIssued
    {
        Id = $"fanout-{clients}-{round}",
        Town = "370323001",
        At = new DateTimeOffset(2020, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddSeconds(clients * 1000 + round),
        Ticket = $"F{clients}-{round}",
        Category = "综合受理",
    };

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
