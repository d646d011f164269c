using Supervision.Domain.Calendar;

namespace Supervision.Domain.Activity;

/// <summary>What a fold needs besides the events: the calendar, reference lookups and the rules.</summary>
public sealed class ActivityContext
{
    public ActivityContext(WorkingCalendar calendar, IActivityCatalog catalog, ActivityRules? rules = null)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Rules = (rules ?? ActivityRules.Default).Validate();
    }

    public WorkingCalendar Calendar { get; }
    public IActivityCatalog Catalog { get; }
    public ActivityRules Rules { get; }
}
