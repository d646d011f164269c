using Microsoft.AspNetCore.SignalR;

namespace Supervision.Web.Live;

/// <summary>
/// Forwards the notifier's (already coalesced) county-wide updates to the hub's groups: everything to
/// <c>county</c>, each town's part to <c>town:{code}</c>. Server code never connects a SignalR client
/// to its own hub; it talks to groups through <see cref="IHubContext{THub,T}"/>. It follows
/// <see cref="LiveHubFeed"/>, not the notifier: with several nodes only the responsible node sends.
/// </summary>
internal sealed class LiveHubBridge(LiveHubFeed feed, IHubContext<LiveHub, ILiveClient> hub, ILogger<LiveHubBridge> logger)
    : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(ForwardAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task ForwardAsync(LiveUpdate update)
    {
        var county = hub.Clients.Group(LiveHub.CountyGroup);
        try
        {
            foreach (var hall in update.Halls.Values)
            {
                var message = HallLiveMessage.From(hall);
                await county.HallUpdated(message);
                await hub.Clients.Group(LiveHub.TownGroup(hall.Town)).HallUpdated(message);
            }
            foreach (var alert in update.Alerts)
            {
                var message = AlertMessage.From(alert);
                await county.Alert(message);
                await hub.Clients.Group(LiveHub.TownGroup(alert.Town)).Alert(message);
            }
            if (update.FiguresChanged.Count > 0)
            {
                var towns = update.FiguresChanged.Order(StringComparer.Ordinal).ToList();
                await county.FiguresChanged(new FiguresChangedMessage(towns, update.At));
                foreach (var town in towns)
                {
                    await hub.Clients.Group(LiveHub.TownGroup(town)).FiguresChanged(new FiguresChangedMessage([town], update.At));
                }
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Forwarding a live update to /hubs/live failed");
        }
    }
}
