using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Live;

namespace Supervision.Web.Orders;

/// <summary>
/// Raises the live alert 督办超期 when an order's deadline passes while the town still owes an answer,
/// through the live layer's own feed: the town's subscribers (its leader) and the county's get it alike,
/// and the hub's clients too on the node that owns the timer. Checks on the live layer's tick interval;
/// at start it only notes the time, as deadlines passed before were told then.
/// </summary>
public sealed class OrderOverdueWatch(
    IDbContextFactory<SupervisionDbContext> contexts,
    AlertFeed feed,
    LiveFanout fanout,
    LiveHubFeed hubFeed,
    ILiveTickOwner tickOwner,
    TimeProvider time,
    ILogger<OrderOverdueWatch> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _lastLook = time.GetUtcNow();

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LiveNotifier.TickInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // Off the timer's thread: a clock moved on by months (a test's fake clock, a simulator jump) fires
                // every missed tick in one call, and a check run inline on each would hold that call for minutes.
                // Ticks that arrive while a check runs fold into one, and the check covers since..now anyway.
                await Task.Yield();
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database outage fails a check; the next tick looks again from the same point.
                    logger.LogError(e, "Order deadline check failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Announces the deadlines that passed since the previous check; returns the new alerts.</summary>
    internal async Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken)
    {
        // One check at a time: each starts where the previous ended.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await CheckOnceAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyList<Alert>> CheckOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = _lastLook;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var crossed = await db.Set<SupervisionOrder>().AsNoTracking()
            .Where(o => (o.State == OrderState.AwaitingSignature || o.State == OrderState.Rectifying) && o.Deadline > since && o.Deadline < now)
            .ToListAsync(cancellationToken);
        var names = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        var alerts = crossed.Select(o => OrderAlerts.Overdue(o, names.GetValueOrDefault(o.Town, o.Town), now, since)).OfType<Alert>().ToList();
        _lastLook = now;
        var fresh = feed.AddNew(alerts);
        if (fresh.Count > 0)
        {
            var update = new LiveUpdate(now, new Dictionary<string, HallNow>(), fresh, new HashSet<string>());
            fanout.Publish(update);
            if (tickOwner.OwnsTicks)
            {
                hubFeed.Publish(update);
            }
        }
        return fresh;
    }
}
