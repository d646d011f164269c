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

    private readonly Lock _gate = new();
    private readonly LinkedList<Alert> _recent = new();
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _keyOrder = new();

    /// <returns>The alerts not seen before, in the given order.</returns>
    public IReadOnlyList<Alert> AddNew(IEnumerable<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var fresh = new List<Alert>();
        lock (_gate)
        {
            foreach (var alert in alerts)
            {
                if (!_keys.Add(alert.Key))
                {
                    continue;
                }
                _keyOrder.Enqueue(alert.Key);
                if (_keyOrder.Count > KeyCapacity)
                {
                    _keys.Remove(_keyOrder.Dequeue());
                }
                _recent.AddFirst(alert);
                if (_recent.Count > Capacity)
                {
                    _recent.RemoveLast();
                }
                fresh.Add(alert);
            }
        }
        return fresh;
    }

    /// <param name="town">One town's alerts, or null for all.</param>
    public IReadOnlyList<Alert> Recent(string? town)
    {
        lock (_gate)
        {
            return _recent.Where(a => town is null || a.Town == town).ToList();
        }
    }
}
