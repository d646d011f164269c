namespace Supervision.Web.Data.Entities;

/// <summary>
/// One accepted event, exactly as it will be replayed: the append-only source of every projection.
/// </summary>
public sealed class StoredEvent
{
    /// <summary>Arrival order; gives replays a stable order among events with equal <see cref="At"/>.</summary>
    public long Seq { get; set; }

    /// <summary>The sender's id, unique within <see cref="Town"/>; a second copy is a duplicate, not an error.</summary>
    public required string Id { get; init; }

    public required string Type { get; init; }
    public required string Town { get; init; }

    /// <summary><c>HallEvent.Subject</c>: what the event is about; all events of a subject fold together.</summary>
    public required string Subject { get; init; }

    public required DateTimeOffset At { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The event in canonical contract-v1 JSON (EventJson), so replay needs no other column.</summary>
    public required string Payload { get; init; }

    /// <summary>The event's identity, (town, id). A method, so no mapper takes it for a column.</summary>
    public EventKey Key() => new(Town, Id);
}
