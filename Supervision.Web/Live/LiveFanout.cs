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

    private readonly Lock _gate = new();
    private readonly List<Subscription> _subscriptions = [];
    private readonly TimeProvider _clock = time;
    private readonly ILogger _log = logger;

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Count;
            }
        }
    }

    public IDisposable Subscribe(string? town, Func<LiveUpdate, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, town, handler);
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }
        return subscription;
    }

    /// <summary>Offers <paramref name="update"/> to every subscriber; each gets only its town's part, if any.</summary>
    public void Publish(LiveUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Subscription[] current;
        lock (_gate)
        {
            current = [.. _subscriptions];
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
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(LiveFanout owner, string? town, Func<LiveUpdate, Task> handler) : IDisposable
    {
        private readonly Lock _gate = new();
        private LiveUpdate? _pending;
        private DateTimeOffset? _lastDelivery;
        private bool _delivering;
        private ITimer? _timer;
        private bool _disposed;

        public string? Town { get; } = town;

        public void Offer(LiveUpdate update)
        {
            LiveUpdate? now;
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }
                _pending = _pending is null ? update : _pending.Merge(update);
                now = TakeIfDue();
            }
            if (now is not null)
            {
                _ = DeliverAsync(now);
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _pending = null;
                _timer?.Dispose();
                _timer = null;
            }
            owner.Remove(this);
        }

        // Under the lock: the pending update if it may go out now, else arms the timer for when it may.
        private LiveUpdate? TakeIfDue()
        {
            if (_pending is null || _delivering || _timer is not null)
            {
                return null;
            }
            var now = owner._clock.GetUtcNow();
            var wait = _lastDelivery is { } last ? last + MinInterval - now : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                _timer = owner._clock.CreateTimer(_ => Flush(), null, wait, Timeout.InfiniteTimeSpan);
                return null;
            }
            var update = _pending;
            _pending = null;
            _delivering = true;
            _lastDelivery = now;
            return update;
        }

        private void Flush()
        {
            LiveUpdate? now;
            lock (_gate)
            {
                _timer?.Dispose();
                _timer = null;
                if (_disposed)
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
                owner._log.LogWarning(e, "Live update handler failed");
            }
            LiveUpdate? next;
            lock (_gate)
            {
                _delivering = false;
                next = _disposed ? null : TakeIfDue();
            }
            if (next is not null)
            {
                _ = DeliverAsync(next);
            }
        }
    }
}
