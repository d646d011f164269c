namespace Supervision.Domain.Events.Json;

/// <summary>
/// What <see cref="EventBatchReader"/> made of a body. <see cref="Events"/> holds the events that were
/// read without a problem, in body order; when <see cref="Errors"/> is empty, <c>Events[i]</c> is the
/// body's i-th event, so later validation errors can use the same indexes.
/// </summary>
public sealed record EventBatchReadResult(IReadOnlyList<HallEvent> Events, IReadOnlyList<EventError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
