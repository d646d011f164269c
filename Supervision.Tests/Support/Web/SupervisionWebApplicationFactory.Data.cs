using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;

namespace Supervision.Tests.Support.Web;

/// <summary>Getting data into and out of the app: API keys, events through the API or the ingestor, reads.</summary>
public partial class SupervisionWebApplicationFactory
{
    /// <summary>A real API key (through <see cref="ApiKeyService"/>) for <paramref name="town"/>, or county-wide.</summary>
    public async Task<string> CreateKeyAsync(string? town = null, ApiKeyScopes scopes = ApiKeyScopes.Ingest)
    {
        var (_, secret) = await Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("测试密钥", town, scopes, CancellationToken.None);
        return secret;
    }

    /// <summary>A read key for <paramref name="town"/>, or county-wide.</summary>
    public Task<string> CreateReadKeyAsync(string? town = null) => CreateKeyAsync(town, ApiKeyScopes.Read);

    /// <summary>A client signed in as one of <see cref="TestUserHandler.Users"/> (needs <see cref="SupervisionAppOptions.TestUsers"/>).</summary>
    public HttpClient CreateClient(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestUserHandler.Header, user);
        return client;
    }

    /// <summary>Posts <paramref name="events"/> to the ingestion API with <paramref name="key"/> (none when null).</summary>
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

    /// <summary>The ids of the stored events in the order they were stored.</summary>
    public Task<List<string>> StoredIdsAsync() =>
        QueryAsync(db => db.Set<StoredEvent>().OrderBy(e => e.Seq).Select(e => e.Id).ToListAsync());
}
