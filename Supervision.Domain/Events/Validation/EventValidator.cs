using Supervision.Domain.Reference;

namespace Supervision.Domain.Events.Validation;

/// <summary>
/// Checks a batch against the model's own rules (<see cref="HallEvent.GetInvariantViolations"/>) and
/// against reference data: the town, item, window, staff member and department an event names must
/// exist, and windows and staff must belong to the event's town. Reasons are Simplified Chinese.
/// </summary>
public static class EventValidator
{
    /// <returns>Every problem of every event; index = position in <paramref name="events"/>.</returns>
    public static IReadOnlyList<EventError> Validate(IReadOnlyList<HallEvent> events, IReferenceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(catalog);

        var errors = new List<EventError>();
        var problems = new List<string>();
        for (var index = 0; index < events.Count; index++)
        {
            var hallEvent = events[index];
            problems.Clear();
            problems.AddRange(hallEvent.GetInvariantViolations());
            CheckReferences(hallEvent, catalog, problems);
            foreach (var problem in problems)
                errors.Add(new EventError(index, hallEvent.Id, problem));
        }
        return errors;
    }

    private static void CheckReferences(HallEvent hallEvent, IReferenceCatalog catalog, List<string> problems)
    {
        var town = hallEvent.Town;
        // With an unknown town every window and staff member would also be "of another town": one
        // reason says it all.
        if (!catalog.HasTown(town))
        {
            problems.Add(EventReasons.UnknownTown(town));
            return;
        }

        switch (hallEvent)
        {
            case TicketCalled e:
                CheckWindow(e.Window);
                CheckStaff(e.Staff);
                break;
            case CaseReceived e:
                CheckItem(e.Item);
                CheckWindow(e.Window);
                CheckStaff(e.Staff);
                break;
            case CaseAccepted e:
                CheckItem(e.Item);
                CheckWindow(e.Window);
                CheckStaff(e.Staff);
                break;
            case CaseTransferred e:
                if (!catalog.HasDepartment(e.Department))
                    problems.Add(EventReasons.UnknownDepartment(e.Department));
                break;
            case CaseIssued e:
                CheckWindow(e.Window);
                break;
            case ReviewSubmitted e:
                CheckWindow(e.Window);
                CheckStaff(e.Staff);
                break;
            case StaffAttendanceRecorded e:
                CheckStaff(e.Staff);
                break;
        }

        void CheckItem(string code)
        {
            if (catalog.FindItem(code) is null)
                problems.Add(EventReasons.UnknownItem(code));
        }

        void CheckWindow(string code)
        {
            var window = catalog.FindWindow(code);
            if (window is null)
                problems.Add(EventReasons.UnknownWindow(code));
            else if (!string.Equals(window.TownCode, town, StringComparison.Ordinal))
                problems.Add(EventReasons.WindowOfOtherTown(code, town));
        }

        void CheckStaff(string id)
        {
            var staff = catalog.FindStaff(id);
            if (staff is null)
                problems.Add(EventReasons.UnknownStaff(id));
            else if (!string.Equals(staff.TownCode, town, StringComparison.Ordinal))
                problems.Add(EventReasons.StaffOfOtherTown(id, town));
        }
    }
}
