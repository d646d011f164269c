using Supervision.Domain.Figures;

namespace Supervision.Web.Live;

/// <summary>
/// The latest alerts in memory for the alert feed (newest first), and the keys already raised so a
/// condition noticed again (say, after a late event refolds a record) is not announced twice.
/// </summary>
public sealed class AlertFeed
{
    public const int Capacity = 200;

    // Far more keys than feed entries: de-duplication must outlive an alert's place in the feed.
    private const int KeyCapacity = 50_000;

    private readonly Lock gate = new();
    private readonly LinkedList<Alert> recent = new();
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly Queue<string> keyOrder = new();

    /// <returns>The alerts not seen before, in the given order.</returns>
    public IReadOnlyList<Alert> AddNew(IEnumerable<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var fresh = new List<Alert>();
        lock (gate)
        {
            foreach (var alert in alerts)
            {
                if (!keys.Add(alert.Key))
                {
                    continue;
                }
                keyOrder.Enqueue(alert.Key);
                if (keyOrder.Count > KeyCapacity)
                {
                    keys.Remove(keyOrder.Dequeue());
                }
                recent.AddFirst(alert);
                if (recent.Count > Capacity)
                {
                    recent.RemoveLast();
                }
                fresh.Add(alert);
            }
        }
        return fresh;
    }

    /// <param name="town">One town's alerts, or null for all.</param>
    public IReadOnlyList<Alert> Recent(string? town)
    {
        lock (gate)
        {
            return recent.Where(a => town is null || a.Town == town).ToList();
        }
    }
}
