namespace Supervision.Domain.Events;

/// <summary>Batch-level rules that are not validation.</summary>
public static class EventBatch
{
    /// <summary>
    /// The events with each <see cref="HallEvent.Key"/> (town, id) kept once, first occurrence wins,
    /// order kept. Repeating an event inside one batch is not an error: senders retry, and the contract
    /// promises the same event is stored once. The same id in another town is another event and is kept.
    /// The ingestor stores this list and counts <c>events.Count - result.Count</c> as duplicates (plus
    /// the keys already in the store).
    /// </summary>
    public static IReadOnlyList<HallEvent> DistinctByKey(IReadOnlyList<HallEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var seen = new HashSet<EventKey>(events.Count);
        var distinct = new List<HallEvent>(events.Count);
        foreach (var hallEvent in events)
        {
            if (seen.Add(hallEvent.Key))
                distinct.Add(hallEvent);
        }
        return distinct;
    }
}
