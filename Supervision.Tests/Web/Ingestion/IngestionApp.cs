using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security;
using Supervision.Web.Security.ApiKeys;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>The web app on a throw-away database, with a fake clock.</summary>
public sealed class IngestionApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>Late on the last day of the generated month, so no generated event lies in the future.</summary>
    public static readonly DateTimeOffset Now = MonthOfEvents.Cutoff;

    public FakeTimeProvider Clock { get; } = new(Now);

    public static IngestionApp Start(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new IngestionApp(database, settings);
        _ = app.Server; // builds the host: migrations and seed run now
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Supervision", database.ConnectionString);
        builder.UseSetting("Simulator:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock).AddKeyedSingleton<TimeProvider>(SecurityClock.Key, Clock));
    }

    public async Task<string> CreateKeyAsync(string? town = null, ApiKeyScopes scopes = ApiKeyScopes.Ingest)
    {
        var (_, secret) = await Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("测试密钥", town, scopes, CancellationToken.None);
        return secret;
    }

    public Task<HttpResponseMessage> PostAsync(string? key, IEnumerable<HallEvent> events) =>
        PostRawAsync(key, EventJson.SerializeBatch(events));

    public async Task<HttpResponseMessage> PostRawAsync(string? key, byte[] body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } },
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await CreateClient().SendAsync(request);
    }

    public async Task<T> QueryAsync<T>(Func<SupervisionDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<List<string>> StoredIdsAsync() =>
        QueryAsync(db => db.Set<StoredEvent>().OrderBy(e => e.Seq).Select(e => e.Id).ToListAsync());
}
