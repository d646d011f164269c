using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Supervision.Tests.Support;
using Supervision.Tests.Support.Services;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>A node configured for Redis whose Redis is not there: it must behave as a healthy single node.</summary>
public sealed class RedisUnreachableTests : IngestionAppTest
{
    // A port nobody listens on: connection refused, as when Redis is down.
    public RedisUnreachableTests()
        : base(new Dictionary<string, string> { ["Redis:Connection"] = $"127.0.0.1:{FreePort.Next()}" })
    {
    }

    [Fact]
    public async Task Events_are_stored_and_reach_this_nodes_dashboards_while_redis_is_unreachable()
    {
        var updates = Channel.CreateUnbounded<LiveUpdate>();
        using var subscription = App.Services.GetRequiredService<ILiveNotifier>().Subscribe(null, u => updates.Writer.WriteAsync(u).AsTask());

        var response = await App.PostAsync(await App.CreateKeyAsync(), Samples.EveryType("redis-down"));
        var update = await updates.Reader.ReadWithinAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, update.FiguresChanged.Contains(Samples.Town)));
    }

    [Fact]
    public async Task Healthz_answers_200_with_redis_degraded_and_the_database_and_calendar_first()
    {
        using var response = await App.CreateClient().GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => $"{c.GetProperty("name").GetString()}:{c.GetProperty("status").GetString()}");

        Assert.Equal(
            (HttpStatusCode.OK, "Degraded", "database:Healthy, calendar:Healthy, redis:Degraded"),
            (response.StatusCode, body.RootElement.GetProperty("status").GetString(), string.Join(", ", checks)));
    }

    [Fact]
    public void The_redis_backplane_serves_the_live_hub_only_and_blazor_keeps_the_in_memory_one()
    {
        var live = Assert.IsType<ShutdownSafeHubLifetimeManager<LiveHub>>(App.Services.GetRequiredService<HubLifetimeManager<LiveHub>>()).Inner;
        var other = App.Services.GetRequiredService<HubLifetimeManager<OtherHub>>();

        Assert.Equal((typeof(RedisHubLifetimeManager<LiveHub>), typeof(DefaultHubLifetimeManager<OtherHub>)), (live.GetType(), other.GetType()));
    }

    /// <summary>Stands for Blazor's ComponentHub (internal): any hub but ours.</summary>
    private sealed class OtherHub : Hub;
}
