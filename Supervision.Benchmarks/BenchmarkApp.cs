using Microsoft.AspNetCore.Mvc.Testing;

namespace Supervision.Benchmarks;

/// <summary>The whole web app on real Kestrel (loopback, dynamic port) over a throw-away database.</summary>
internal sealed class BenchmarkApp : WebApplicationFactory<Program>
{
    private const string UnlimitedEvents = "100000000";

    private readonly string _provider;
    private readonly string _connectionString;
    private readonly Action<IWebHostBuilder>? _configure;

    /// <param name="configure">Runs after the defaults, e.g. the browser benchmarks' Development environment.</param>
    public BenchmarkApp(string provider, string connectionString, Action<IWebHostBuilder>? configure = null)
    {
        _provider = provider;
        _connectionString = connectionString;
        _configure = configure;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:Supervision", _connectionString);
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Throughput modes measure the ingest path, not the per-key and per-town event limits (set to the most the
        // settings accept); `flood` sets them back.
        builder.UseSetting("Security:IngestEventsPerMinutePerKey", UnlimitedEvents);
        builder.UseSetting("Security:IngestEventsPerMinutePerTown", UnlimitedEvents);
        // BENCH_PROFILE=1 logs each ingest batch's stages (EventIngestor, Debug).
        builder.UseSetting("Logging:LogLevel:Supervision.Web.Ingestion", Environment.GetEnvironmentVariable("BENCH_PROFILE") is null ? "Warning" : "Debug");
        _configure?.Invoke(builder);
    }

    public async Task<string> CreateCountyKeyAsync()
    {
        var (_, secret) = await Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("压测", null, ApiKeyScopes.Ingest, CancellationToken.None);
        return secret;
    }
}
