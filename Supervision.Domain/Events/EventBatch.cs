namespace Supervision.Domain.Events;

/// <summary>Batch-level rules that are not validation.</summary>
public static class EventBatch
{
    /// <summary>
    /// The events with each id kept once, first occurrence wins, order kept. Repeating an id inside one
    /// batch is not an error: senders retry, and the contract promises the same id is stored once. The
    /// ingestor stores this list and counts <c>events.Count - result.Count</c> as duplicates (plus the
    /// ids already in the store).
    /// </summary>
    public static IReadOnlyList<HallEvent> DistinctById(IReadOnlyList<HallEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var seen = new HashSet<string>(events.Count, StringComparer.Ordinal);
        var distinct = new List<HallEvent>(events.Count);
        foreach (var hallEvent in events)
        {
            if (seen.Add(hallEvent.Id))
                distinct.Add(hallEvent);
        }
        return distinct;
    }
}
