namespace Supervision.Domain.Events;

/// <summary>
/// An event's identity: the sender's id within its town. Ids are only unique per town — each town's
/// systems (and vendors) number their own events — so the same id in another town is another event,
/// and no sender can make another town's event look like a duplicate of its own.
/// </summary>
public readonly record struct EventKey(string Town, string Id);
