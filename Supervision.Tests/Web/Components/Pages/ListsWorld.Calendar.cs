using Supervision.Tests.Domain.Calendar;
using Supervision.Web.Data.Entities;

namespace Supervision.Tests.Web.Components.Pages;

/// <summary>The kept calendar as the readers see it (the Holidays table); a world starts with none kept.</summary>
public abstract partial class ListsWorld
{
    /// <summary>Keeps the seed's 放假安排 (2019–2026): do it before the first render, the calendar is read once.</summary>
    protected Task KeepSeedHolidaysAsync() => SeedAsync(db =>
        db.Holidays.AddRange(SeedCalendar.Days.Select(d => new Holiday { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name })));
}
