using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Supervision.Web.Security;

namespace Supervision.Benchmarks;

/// <summary>
/// One ingest key flooding POST /api/v1/events with the product's event limits in force, while a reader polls the
/// county overview, the county figures and /healthz: how much slower do readers get, and is every acknowledged
/// event stored? The app runs in process on real Kestrel (loopback only); the flood is bounded in time.
/// </summary>
internal static class FloodBenchmark
{
    private const string AdminPassword = "benchmark-2020";
    private const int BatchSize = 1_000;

    public static async Task RunAsync(TempDatabase database, int floodSeconds, int idleSeconds)
    {
        await using var _ = database;
        var limits = new SecurityOptions();
        using var app = new BenchmarkApp(database.Provider, database.ConnectionString, builder =>
        {
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting("Security:IngestEventsPerMinutePerKey", limits.IngestEventsPerMinutePerKey.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Security:IngestEventsPerMinutePerTown", limits.IngestEventsPerMinutePerTown.ToString(CultureInfo.InvariantCulture));
        });
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var site = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        // A month of history, so the figures have something to add up.
        List<HallEvent> history, flood;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            history = await MonthOfEvents.GenerateAsync(db);
            flood = (await MonthOfEvents.GenerateAsync(db, seed: 7, scale: 2)).OrderBy(e => e.At).ToList();
        }
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();
        foreach (var chunk in history.Chunk(5_000))
        {
            await ingestor.IngestAsync(chunk, null, CancellationToken.None);
        }
        var keys = app.Services.GetRequiredService<ApiKeyService>();
        var (_, ingestKey) = await keys.CreateAsync("洪水", null, ApiKeyScopes.Ingest, CancellationToken.None);
        var (_, readKey) = await keys.CreateAsync("读数", null, ApiKeyScopes.Read, CancellationToken.None);
        using var reader = await SignedInAsync(site);
        reader.DefaultRequestHeaders.Add("X-Api-Key", readKey);
        Console.WriteLine($"flood on {database.Provider}: {history.Count:N0} events of history; limits {limits.IngestEventsPerMinutePerKey:N0} events/min per key, " +
                          $"{limits.IngestEventsPerMinutePerTown:N0} per town; batches of {BatchSize:N0}");

        var idle = await PollAsync(reader, TimeSpan.FromSeconds(idleSeconds), CancellationToken.None);
        Report("idle", idle);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(floodSeconds));
        var sender = SendAsync(site, ingestKey, flood, stop.Token);
        var during = await PollAsync(reader, TimeSpan.FromSeconds(floodSeconds), CancellationToken.None);
        var sent = await sender;
        Report("flood", during);

        var ids = sent.Acknowledged.ToHashSet(StringComparer.Ordinal);
        int stored;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            var floodIds = await db.Set<StoredEvent>().AsNoTracking().Where(e => e.Id.StartsWith("g7-")).Select(e => e.Id).ToListAsync();
            stored = floodIds.Count(ids.Contains);
            Console.WriteLine($"  stored flood events: {floodIds.Count:N0} (of them acknowledged: {stored:N0})");
        }
        Console.WriteLine($"  sender: {sent.Posts:N0} posts, {sent.Accepted:N0} answered 200, {sent.Refused:N0} answered 429; " +
                          $"{ids.Count:N0} events acknowledged = {ids.Count * 60.0 / floodSeconds:N0} per minute; acknowledged but not stored: {ids.Count - stored:N0}");
        var ratio = Percentile(during.Figures, 0.95) / Percentile(idle.Figures, 0.95);
        Console.WriteLine($"  county figures p95 flood ÷ idle = {ratio:N2}× (target ≤ 2×)");
    }

    private static async Task<HttpClient> SignedInAsync(Uri site)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = site };
        var page = await client.GetStringAsync("account/login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = "admin", ["Input.Password"] = AdminPassword,
        });
        using var response = await client.PostAsync("account/login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"登录失败：{(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>Sends the flood in order, each refused batch again until it is taken or time is up; no waiting between posts.</summary>
    private static async Task<Sent> SendAsync(Uri site, string key, List<HallEvent> events, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var sent = new Sent();
        var batches = events.Chunk(BatchSize).Select(b => (Events: b, Body: EventJson.SerializeBatch(b))).ToList();
        var next = 0;
        while (!stop.IsCancellationRequested && next < batches.Count)
        {
            using var content = new ByteArrayContent(batches[next].Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync("/api/v1/events", content, CancellationToken.None);
            sent.Posts++;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                sent.Accepted++;
                sent.Acknowledged.AddRange(batches[next].Events.Select(e => e.Id));
                next++;
            }
            else if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                sent.Refused++;
            }
            else
            {
                throw new InvalidOperationException($"意外的应答 {(int)response.StatusCode}：{await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            }
        }
        return sent;
    }

    /// <summary>One reader in a loop: the overview page, the county figures, /healthz; latencies in ms.</summary>
    private static async Task<Polled> PollAsync(HttpClient client, TimeSpan length, CancellationToken cancellationToken)
    {
        var polled = new Polled();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < length)
        {
            polled.Overview.Add(await TimeAsync(client, "/", cancellationToken));
            polled.Figures.Add(await TimeAsync(client, "/api/v1/figures?scope=county&period=2020-06", cancellationToken));
            polled.Health.Add(await TimeAsync(client, "/healthz", cancellationToken));
        }
        return polled;
    }

    private static async Task<double> TimeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} 应答 {(int)response.StatusCode}");
        }
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void Report(string phase, Polled polled)
    {
        static string Line(List<double> ms) => $"p50 {Percentile(ms, 0.5):N1} ms, p95 {Percentile(ms, 0.95):N1} ms (n = {ms.Count})";
        Console.WriteLine($"  {phase}: overview {Line(polled.Overview)}; county figures {Line(polled.Figures)}; /healthz {Line(polled.Health)}");
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private sealed class Sent
    {
        public int Posts { get; set; }
        public int Accepted { get; set; }
        public int Refused { get; set; }
        public List<string> Acknowledged { get; } = [];
    }

    private sealed class Polled
    {
        public List<double> Overview { get; } = [];
        public List<double> Figures { get; } = [];
        public List<double> Health { get; } = [];
    }
}
