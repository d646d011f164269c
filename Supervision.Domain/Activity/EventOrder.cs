using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>
/// The one order every fold uses: by instant, then by id (ordinal). Sorting the same set of events
/// always gives the same sequence, so a fold does not depend on arrival order. Duplicate ids are
/// folded once, matching the store's “same (town, id) is stored once”: one subject's events all have
/// the subject's town, so within a subject the id alone is the key.
/// </summary>
internal static class EventOrder
{
    public static List<T> Sorted<T>(IReadOnlyList<T> events) where T : HallEvent
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("至少需要一个事件。", nameof(events));
        }
        var subject = events[0].Subject;
        if (events.Any(e => e.Subject != subject))
        {
            throw new ArgumentException($"只能汇总同一对象的事件（{subject}）。", nameof(events));
        }
        return events
            .OrderBy(e => e.At.UtcTicks)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static DateOnly Local(DateTimeOffset instant) => Calendar.WorkingCalendar.LocalDate(instant);
}
