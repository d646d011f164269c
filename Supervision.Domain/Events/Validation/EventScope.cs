namespace Supervision.Domain.Events.Validation;

/// <summary>
/// A hall's API key may only report its own town. Kept apart from <see cref="EventValidator"/> because
/// the API answers it differently: 403 (not allowed) rather than 422 (not valid).
/// </summary>
public static class EventScope
{
    /// <param name="townScope">The key's town, or null for a county-wide key (nothing is out of scope).</param>
    /// <returns>One error per event whose town is not <paramref name="townScope"/>.</returns>
    public static IReadOnlyList<EventError> OutOfScope(IReadOnlyList<HallEvent> events, string? townScope)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (townScope is null)
            return [];

        var errors = new List<EventError>();
        for (var index = 0; index < events.Count; index++)
        {
            var hallEvent = events[index];
            if (!string.Equals(hallEvent.Town, townScope, StringComparison.Ordinal))
                errors.Add(new EventError(index, hallEvent.Id, EventReasons.OutOfScope(hallEvent.Town, townScope)));
        }
        return errors;
    }
}
