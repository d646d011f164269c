using Supervision.Domain.Figures;
using Supervision.Web.Live;

namespace Supervision.Tests.Web.Pages.Fakes;

/// <summary>Records subscriptions and delivers updates when a test publishes one.</summary>
internal sealed class FakeLiveNotifier : ILiveNotifier
{
    private readonly List<Subscription> subscriptions = [];

    public List<Alert> Recent { get; set; } = [];

    public IReadOnlyList<Subscription> Active
    {
        get
        {
            lock (subscriptions)
            {
                return subscriptions.Where(s => !s.Disposed).ToList();
            }
        }
    }

    public IDisposable Subscribe(string? town, Func<LiveUpdate, Task> handler)
    {
        var subscription = new Subscription(town, handler);
        lock (subscriptions)
        {
            subscriptions.Add(subscription);
        }
        return subscription;
    }

    public IReadOnlyList<Alert> RecentAlerts(string? town) =>
        Recent.Where(a => town is null || a.Town == town).OrderByDescending(a => a.At).ToList();

    /// <summary>Delivers <paramref name="update"/> to every live subscriber, narrowed to its town as the real notifier does.</summary>
    public async Task PublishAsync(LiveUpdate update)
    {
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
