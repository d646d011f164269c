using Supervision.Domain.Events;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>What callers see when the database is away (the real outage is in <see cref="MultiNodeTests"/>).</summary>
public sealed class DatabaseOutageTests : IngestionAppTest
{
    [Fact]
    public async Task Ingestion_answers_503_problem_json_in_chinese_with_retry_after_when_the_database_cannot_be_reached()
    {
        var key = await App.CreateKeyAsync();
        using var down = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEventIngestor, UnreachableDatabase>()));
        using var client = down.CreateClient();
        using var content = new ByteArrayContent(Supervision.Domain.Events.Json.EventJson.SerializeBatch(Samples.EveryType("pg-down")));
        content.Headers.ContentType = new("application/json");
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var response = await client.PostAsync("/api/v1/events", content);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(
            (HttpStatusCode.ServiceUnavailable, "application/problem+json", TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), DatabaseOutage.Title),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.Delta, problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public void Connection_failures_count_as_an_outage_and_programming_errors_do_not()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        var wrapped = new InvalidOperationException("transient failure", refused);

        Assert.Equal((true, true, false), (DatabaseOutage.Is(refused), DatabaseOutage.Is(wrapped), DatabaseOutage.Is(new InvalidOperationException("bug"))));
    }

    private sealed class UnreachableDatabase : IEventIngestor
    {
        public Task<IngestResult> IngestAsync(IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken) =>
            throw new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
    }
}
