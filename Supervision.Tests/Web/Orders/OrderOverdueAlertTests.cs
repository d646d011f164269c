using Supervision.Tests.Web.Export;
using static Supervision.Tests.Web.Orders.OrderApp;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Orders;

public sealed class OrderOverdueAlertTests
{
    [Fact]
    public async Task An_order_past_its_deadline_raises_one_live_alert_for_the_town_and_for_the_county()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");
        var order = await RaisedAsync(inspector, Nanma, days: 1);
        var notifier = app.Services.GetRequiredService<ILiveNotifier>();
        var town = new TaskCompletionSource<Alert>(TaskCreationOptions.RunContinuationsAsynchronously);
        var county = new TaskCompletionSource<Alert>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var townSubscription = notifier.Subscribe(Nanma, u => Offer(town, u));
        using var countySubscription = notifier.Subscribe(null, u => Offer(county, u));
        var watch = app.Services.GetRequiredService<OrderOverdueWatch>();
        await watch.CheckAsync(CancellationToken.None);

        // Raised Wed 2020-07-01: due at the end of Thu 2020-07-02.
        app.Clock.SetUtcNow(order.GetProperty("deadline").GetDateTimeOffset().AddMinutes(1));
        // The hosted watch may notice the crossing first on the moved clock; either way it is told once.
        await watch.CheckAsync(CancellationToken.None);
        var again = await watch.CheckAsync(CancellationToken.None);
        await DeliveredAsync(app, town.Task, county.Task);

        var alert = Assert.Single(notifier.RecentAlerts(Nanma), a => a.Kind == AlertKind.OrderOverdue);
        Assert.Empty(again);
        Assert.Contains(order.GetProperty("label").GetString()!, alert.Message, StringComparison.Ordinal);
        Assert.Equal(alert, await town.Task);
        Assert.Equal(alert, await county.Task);
    }

    [Fact]
    public async Task An_answered_order_raises_no_alert_when_its_deadline_passes()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");
        using var leader = app.CreateClient("leader-nanma");
        var order = await RaisedAsync(inspector, Nanma, days: 1);
        (await AnswerAsync(leader, Nanma, order.GetProperty("id").GetInt64(), "已整改")).Dispose();
        var watch = app.Services.GetRequiredService<OrderOverdueWatch>();
        await watch.CheckAsync(CancellationToken.None);

        app.Clock.SetUtcNow(order.GetProperty("deadline").GetDateTimeOffset().AddMinutes(1));

        Assert.Empty(await watch.CheckAsync(CancellationToken.None));
    }

    /// <summary>Subscribers get at most one update per interval on the app's (fake) clock: move it on until both have theirs.</summary>
    private static async Task DeliveredAsync(SupervisionWebApplicationFactory app, params Task[] deliveries)
    {
        for (var step = 0; step < 600 && !deliveries.All(d => d.IsCompleted); step++)
        {
            app.Clock.Advance(LiveFanout.MinInterval);
            await Task.WhenAny(Task.WhenAll(deliveries), Task.Delay(100));
        }
    }

    private static Task Offer(TaskCompletionSource<Alert> received, LiveUpdate update)
    {
        if (update.Alerts.FirstOrDefault(a => a.Kind == AlertKind.OrderOverdue) is { } alert)
        {
            received.TrySetResult(alert);
        }
        return Task.CompletedTask;
    }
}
