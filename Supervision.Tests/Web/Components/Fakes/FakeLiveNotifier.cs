namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>Records subscriptions and delivers updates when a test publishes one.</summary>
internal sealed class FakeLiveNotifier : ILiveNotifier
{
    private readonly List<Subscription> _subscriptions = [];

    public List<Alert> Recent { get; set; } = [];

    public IReadOnlyList<Subscription> Active
    {
        get
        {
            lock (_subscriptions)
            {
                return _subscriptions.Where(s => !s.Disposed).ToList();
            }
        }
    }

    public IDisposable Subscribe(string? town, Func<LiveUpdate, Task> handler)
    {
        var subscription = new Subscription(town, handler);
        lock (_subscriptions)
        {
            _subscriptions.Add(subscription);
        }
        return subscription;
    }

    public IReadOnlyList<Alert> RecentAlerts(string? town) =>
        Recent.Where(a => town is null || a.Town == town).OrderByDescending(a => a.At).ToList();

    /// <summary>The commits behind published figure changes (shared figure caches listen to them).</summary>
    public FakeIngestionNotifications Commits { get; } = new();

    /// <summary>
    /// Delivers <paramref name="update"/> to every live subscriber, narrowed to its town as the real notifier does.
    /// Changed figures come from a commit, announced first, as ingestion does before the notifier's round.
    /// </summary>
    public async Task PublishAsync(LiveUpdate update)
    {
        if (update.FiguresChanged.Count > 0)
        {
            Commits.Commit(update.FiguresChanged, update.At);
        }
        foreach (var s in Active)
        {
            await s.Handler(update.For(s.Town));
        }
    }

    public static LiveUpdate Update(DateTimeOffset at, IEnumerable<HallNow>? halls = null, IEnumerable<Alert>? alerts = null, IEnumerable<string>? changed = null) =>
        new(at,
            (halls ?? []).ToDictionary(h => h.Town, StringComparer.Ordinal),
            (alerts ?? []).ToList(),
            new HashSet<string>(changed ?? [], StringComparer.Ordinal));

    internal sealed class Subscription(string? town, Func<LiveUpdate, Task> handler) : IDisposable
    {
        public string? Town { get; } = town;

        public Func<LiveUpdate, Task> Handler { get; } = handler;

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
