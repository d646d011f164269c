using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Services;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>The real server in its own process: a 200 means the batch survives the process being killed.</summary>
public sealed class DurabilityTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    [Fact]
    public async Task Events_acknowledged_with_200_are_all_there_after_the_server_is_killed_and_restarted()
    {
        var key = await CreateKeyAsync();
        var batch = Samples.EveryType("dur").Concat(Samples.EveryType("dur2")).ToList();

        // Disposing a node kills its process tree outright: no graceful shutdown flushes anything.
        await using (var server = await WebNode.StartAsync(Settings))
        {
            using var client = server.CreateClient();
            var response = await PostAsync(client, key, batch);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(batch.Select(e => e.Id).Order(StringComparer.Ordinal), await StoredIdsAsync());
        await using (var restarted = await WebNode.StartAsync(Settings))
        {
            using var client = restarted.CreateClient();
            var again = await (await PostAsync(client, key, batch)).Content.ReadFromJsonAsync<Result>();
            Assert.Equal(new Result(0, batch.Count), again);
        }
    }

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Dictionary<string, string> Settings => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Supervision"] = _database.ConnectionString,
    };

    private async Task<string> CreateKeyAsync()
    {
        var output = await WebNode.RunCliAsync(Settings, "apikey", "create", "--town", Samples.Town, "--name", "叫号机");
        Assert.Contains("仅显示这一次", output);
        return output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("sv_", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key, IReadOnlyList<HallEvent> batch)
    {
        var content = new ByteArrayContent(EventJson.SerializeBatch(batch));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = content };
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<List<string>> StoredIdsAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Events";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    private sealed record Result(int Stored, int Duplicates);
}
