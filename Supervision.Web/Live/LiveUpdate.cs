namespace Supervision.Web.Live;

/// <summary>A hall as the live views show it: the live state plus today's running counts.</summary>
public sealed record HallNow(
    string Town,
    LiveHallState Live,
    int TicketsIssuedToday,
    int AcceptedToday,
    int CompletedToday,
    DateTimeOffset AsOf);

/// <summary>
/// What changed since a subscriber's previous update: the halls whose live view changed (latest
/// only), the new alerts (oldest first) and the towns whose period figures changed (re-query them).
/// Several publications that arrive within the coalescing interval are merged into one.
/// </summary>
public sealed record LiveUpdate(
    DateTimeOffset At,
    IReadOnlyDictionary<string, HallNow> Halls,
    IReadOnlyList<Alert> Alerts,
    IReadOnlySet<string> FiguresChanged)
{
    public bool IsEmpty => Halls.Count == 0 && Alerts.Count == 0 && FiguresChanged.Count == 0;

    /// <summary>This update and a later one as one: later hall states win, alerts and towns add up.</summary>
    public LiveUpdate Merge(LiveUpdate later)
    {
        ArgumentNullException.ThrowIfNull(later);
        var halls = new Dictionary<string, HallNow>(Halls, StringComparer.Ordinal);
        foreach (var (town, hall) in later.Halls)
        {
            halls[town] = hall;
        }
        var towns = new HashSet<string>(FiguresChanged, StringComparer.Ordinal);
        towns.UnionWith(later.FiguresChanged);
        return new LiveUpdate(later.At, halls, [.. Alerts, .. later.Alerts], towns);
    }

    /// <summary>Only the parts about <paramref name="town"/>; null = the whole county (everything).</summary>
    public LiveUpdate For(string? town)
    {
        if (town is null)
        {
            return this;
        }
        var halls = Halls.TryGetValue(town, out var hall)
            ? new Dictionary<string, HallNow>(StringComparer.Ordinal) { [town] = hall }
            : new Dictionary<string, HallNow>(StringComparer.Ordinal);
        var towns = FiguresChanged.Contains(town) ? new HashSet<string>(StringComparer.Ordinal) { town } : new HashSet<string>(StringComparer.Ordinal);
        return new LiveUpdate(At, halls, Alerts.Where(a => a.Town == town).ToList(), towns);
    }
}

/// <summary>
/// The live layer's publisher. Subscribers get coalesced updates (at most a couple per second each),
/// so a burst of batches costs a component one re-render, not hundreds.
/// </summary>
public interface ILiveNotifier
{
    /// <param name="town">A town code, or null for the whole county.</param>
    /// <param name="handler">Called with each (coalesced) update; never concurrently for one subscription.</param>
    /// <returns>Disposing stops delivery.</returns>
    IDisposable Subscribe(string? town, Func<LiveUpdate, Task> handler);

    /// <summary>The most recent alerts, newest first (bounded feed); for one town or, with null, all.</summary>
    IReadOnlyList<Alert> RecentAlerts(string? town);
}
