namespace Supervision.Web.Live;

/// <summary>
/// Hands updates to subscribers, each at most once per <see cref="MinInterval"/>: what arrives in
/// between is merged and delivered when the interval has passed. One subscriber's handler never runs
/// twice at once, and a slow one delays only itself. Timing uses the injected <see cref="TimeProvider"/>
/// so tests drive it with a fake clock.
/// </summary>
public sealed class LiveFanout(TimeProvider time, ILogger<LiveFanout> logger)
{
    /// <summary>About two updates a second: the re-render budget of a dashboard component.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(500);

    private readonly Lock gate = new();
    private readonly List<Subscription> subscriptions = [];
    private readonly TimeProvider clock = time;
    private readonly ILogger log = logger;

    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscriptions.Count;
            }
        }
    }

    public IDisposable Subscribe(string? town, Func<LiveUpdate, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, town, handler);
        lock (gate)
        {
            subscriptions.Add(subscription);
        }
        return subscription;
    }

    /// <summary>Offers <paramref name="update"/> to every subscriber; each gets only its town's part, if any.</summary>
    public void Publish(LiveUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Subscription[] current;
        lock (gate)
        {
            current = [.. subscriptions];
        }
        foreach (var subscription in current)
        {
            var part = update.For(subscription.Town);
            if (!part.IsEmpty)
            {
                subscription.Offer(part);
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(LiveFanout owner, string? town, Func<LiveUpdate, Task> handler) : IDisposable
    {
        private readonly Lock gate = new();
        private LiveUpdate? pending;
        private DateTimeOffset? lastDelivery;
        private bool delivering;
        private ITimer? timer;
        private bool disposed;

        public string? Town { get; } = town;

        public void Offer(LiveUpdate update)
        {
            LiveUpdate? now;
            lock (gate)
            {
                if (disposed)
                {
                    return;
                }
                pending = pending is null ? update : pending.Merge(update);
                now = TakeIfDue();
            }
            if (now is not null)
            {
                _ = DeliverAsync(now);
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                disposed = true;
                pending = null;
                timer?.Dispose();
                timer = null;
            }
            owner.Remove(this);
        }

        // Under the lock: the pending update if it may go out now, else arms the timer for when it may.
        private LiveUpdate? TakeIfDue()
        {
            if (pending is null || delivering || timer is not null)
            {
                return null;
            }
            var now = owner.clock.GetUtcNow();
            var wait = lastDelivery is { } last ? last + MinInterval - now : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                timer = owner.clock.CreateTimer(_ => Flush(), null, wait, Timeout.InfiniteTimeSpan);
                return null;
            }
            var update = pending;
            pending = null;
            delivering = true;
            lastDelivery = now;
            return update;
        }

        private void Flush()
        {
            LiveUpdate? now;
            lock (gate)
            {
                timer?.Dispose();
                timer = null;
                if (disposed)
                {
                    return;
                }
                now = TakeIfDue();
            }
            if (now is not null)
            {
                _ = DeliverAsync(now);
            }
        }

        private async Task DeliverAsync(LiveUpdate update)
        {
            try
            {
                await handler(update);
            }
            catch (Exception e)
            {
                // A broken subscriber (say, a closed browser tab) must not stop the others or the notifier.
                owner.log.LogWarning(e, "Live update handler failed");
            }
            LiveUpdate? next;
            lock (gate)
            {
                delivering = false;
                next = disposed ? null : TakeIfDue();
            }
            if (next is not null)
            {
                _ = DeliverAsync(next);
            }
        }
    }
}
