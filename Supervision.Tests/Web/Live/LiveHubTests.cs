using System.Threading.Channels;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Tests.Support;
using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Web.Queries;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Live;

/// <summary>/hubs/live through the .NET SignalR client over the in-memory test server (long polling).</summary>
public sealed class LiveHubTests : IAsyncLifetime
{
    private const string Town = "370323001";
    private const string OtherTown = "370323101";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private TestDatabase _database = null!;
    private SupervisionWebApplicationFactory _app = null!;
    private readonly List<HubConnection> _connections = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        _app = QueryApp.Start(_database, new DateTimeOffset(2020, 6, 30, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_event_posted_through_the_api_reaches_its_towns_group_and_not_another_towns()
    {
        var (ours, ourHalls) = await ConnectAsync(await _app.CreateReadKeyAsync(Town));
        await ours.InvokeAsync("JoinTown", Town);
        var (theirs, theirHalls) = await ConnectAsync(await _app.CreateReadKeyAsync(OtherTown));
        await theirs.InvokeAsync("JoinTown", OtherTown);

        await PostAsync(Town, "T1");
        var ourMessage = await ourHalls.Reader.ReadWithinAsync(Patience);
        // Past the coalescing interval, so the second batch is forwarded at once.
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await PostAsync(OtherTown, "T2");
        var theirMessage = await theirHalls.Reader.ReadWithinAsync(Patience);

        Assert.Equal((Town, 1), (ourMessage.Town, ourMessage.WaitingNow));
        // Messages to one connection arrive in order: had the first hall been sent to them, it would come first.
        Assert.Equal(OtherTown, theirMessage.Town);
        Assert.False(ourHalls.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_county_subscriber_hears_every_town()
    {
        var (county, halls) = await ConnectAsync(await _app.CreateReadKeyAsync());
        await county.InvokeAsync("JoinCounty");

        await PostAsync(OtherTown, "T3");

        Assert.Equal(OtherTown, (await halls.Reader.ReadWithinAsync(Patience)).Town);
    }

    [Fact]
    public async Task After_leaving_a_towns_group_a_connection_hears_no_more_of_that_town()
    {
        var (connection, halls) = await ConnectAsync(await _app.CreateReadKeyAsync());
        await connection.InvokeAsync("JoinTown", Town);
        await connection.InvokeAsync("JoinTown", OtherTown);
        await PostAsync(Town, "L1");
        Assert.Equal(Town, (await halls.Reader.ReadWithinAsync(Patience)).Town);

        await connection.InvokeAsync("LeaveTown", Town);
        await PostAsync(Town, "L2");
        await PostAsync(OtherTown, "L3");

        // Messages to one connection arrive in order: had the left town's second hall been sent, it would come first.
        Assert.Equal(OtherTown, (await NextHallAsync(halls)).Town);
    }

    [Fact]
    public async Task After_leaving_the_county_a_connection_hears_only_the_towns_it_still_follows()
    {
        var (connection, halls) = await ConnectAsync(await _app.CreateReadKeyAsync());
        await connection.InvokeAsync("JoinCounty");
        await connection.InvokeAsync("JoinTown", OtherTown);
        await PostAsync(Town, "M1");
        Assert.Equal(Town, (await halls.Reader.ReadWithinAsync(Patience)).Town);

        await connection.InvokeAsync("LeaveCounty");
        await PostAsync(Town, "M2");
        await PostAsync(OtherTown, "M3");

        Assert.Equal(OtherTown, (await NextHallAsync(halls)).Town);
    }

    [Fact]
    public async Task A_town_key_cannot_join_another_towns_group_or_the_county()
    {
        var (connection, _) = await ConnectAsync(await _app.CreateReadKeyAsync(Town));

        var town = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinTown", OtherTown));
        var county = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinCounty"));

        Assert.Contains($"无权订阅镇街 {OtherTown}", town.Message, StringComparison.Ordinal);
        Assert.Contains("无权订阅全县推送", county.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_without_a_read_key_is_refused()
    {
        var ingestOnly = await _app.CreateKeyAsync(Town, ApiKeyScopes.Ingest);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(ingestOnly));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    /// <summary>
    /// The next hall update, moving the app's clock a second at a time: updates within the coalescing interval wait on
    /// that clock, and the test cannot know when the notifier has taken each commit.
    /// </summary>
    private async Task<HallLiveMessage> NextHallAsync(Channel<HallLiveMessage> halls)
    {
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(500))
        {
            _app.Clock.Advance(TimeSpan.FromSeconds(1));
            try
            {
                return await halls.Reader.ReadWithinAsync(TimeSpan.FromMilliseconds(500));
            }
            catch (TimeoutException) when (waited < Patience)
            {
            }
        }
    }

    private async Task<(HubConnection Connection, Channel<HallLiveMessage> Halls)> ConnectAsync(string key)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, ApiRoutes.LiveHub), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
                options.Headers["X-Api-Key"] = key;
            })
            .Build();
        _connections.Add(connection);
        var halls = Channel.CreateUnbounded<HallLiveMessage>();
        connection.On<HallLiveMessage>(nameof(ILiveClient.HallUpdated), m => halls.Writer.TryWrite(m));
        await connection.StartAsync();
        return (connection, halls);
    }

    private async Task PostAsync(string town, string ticket)
    {
        var key = await _app.CreateKeyAsync(town, ApiKeyScopes.Ingest);
        HallEvent issued = new TicketIssued
        {
            Id = $"hub-{town}-{ticket}", Town = town, At = _app.Clock.GetUtcNow().AddMinutes(-5), Ticket = ticket, Category = "综合受理",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events")
        {
            Content = new ByteArrayContent(EventJson.SerializeBatch([issued])) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Add("X-Api-Key", key);
        var response = await _app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
