using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Events;
using Supervision.Tests.Web.Ingestion;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Ingestion;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Common;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Queries;

/// <summary>The web app on a throw-away database with a fake clock set to <paramref name="now"/>.</summary>
public sealed class QueryApp(TestDatabase database, DateTimeOffset now) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(now);

    /// <summary>The real clock of polling intervals (<see cref="Supervision.Web.Common.SystemClock"/>), held still unless a test advances it.</summary>
    public FakeTimeProvider SystemClock { get; } = new(now);

    public static QueryApp Start(TestDatabase database, DateTimeOffset now)
    {
        var app = new QueryApp(database, now);
        _ = app.Server;
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Supervision", database.ConnectionString);
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Simulation:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock).AddKeyedSingleton<TimeProvider>(Supervision.Web.Common.SystemClock.Key, SystemClock));
    }

    public async Task<string> CreateKeyAsync(string? town = null, ApiKeyScopes scopes = ApiKeyScopes.Read)
    {
        var (_, secret) = await Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("查询测试密钥", town, scopes, CancellationToken.None);
        return secret;
    }

    /// <summary>Stores events the way every source does: through the one ingestion path, county-wide.</summary>
    public async Task IngestAsync(IReadOnlyList<HallEvent> events)
    {
        var ingestor = Services.GetRequiredService<IEventIngestor>();
        foreach (var chunk in events.Chunk(5000))
        {
            await ingestor.IngestAsync(chunk, townScope: null, CancellationToken.None);
        }
    }

    public async Task<HttpResponseMessage> GetAsync(string? key, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await CreateClient().SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string key, string url)
    {
        var response = await GetAsync(key, url);
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<T> QueryAsync<T>(Func<SupervisionDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
