namespace Supervision.Web.Components.Pages.Overview;

public static class AlertFeedList
{
    public const int DefaultSize = 30;

    /// <summary>
    /// New alerts (oldest first, as a live update carries them) on top of the feed (newest first),
    /// without repeating a key already shown, cut to <paramref name="size"/>.
    /// </summary>
    public static IReadOnlyList<Alert> Merge(IReadOnlyList<Alert> feed, IReadOnlyList<Alert> incoming, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(incoming);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<Alert>(Math.Min(size, feed.Count + incoming.Count));
        foreach (var alert in incoming.Reverse().Concat(feed))
        {
            if (merged.Count == size)
            {
                break;
            }
            if (seen.Add(alert.Key))
            {
                merged.Add(alert);
            }
        }
        return merged;
    }
}
