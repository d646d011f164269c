using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Tests.Domain.Calendar;

namespace Supervision.Tests.Web.Components.Pages;

/// <summary>Cases as the case page reads them (record and stored events), and the kept calendar; a world starts with none kept.</summary>
public abstract partial class ListsWorld
{
    /// <summary>Keeps the seed's 放假安排 (2019–2026): do it before the first render, the calendar is read once.</summary>
    protected Task KeepSeedHolidaysAsync() => SeedAsync(db =>
        db.Holidays.AddRange(SeedCalendar.Days.Select(d => new Holiday { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name })));

    /// <summary>Stores a case's record and its events as ingestion would.</summary>
    protected Task SeedCaseAsync(CaseRecord record, params HallEvent[] events) => SeedAsync(db =>
    {
        db.Set<CaseRecord>().Add(record);
        foreach (var e in events)
        {
            db.Set<StoredEvent>().Add(new StoredEvent { Id = e.Id, Type = e.Type, Town = e.Town, Subject = e.Subject, At = e.At, ReceivedAt = Now, Payload = EventJson.Serialize(e) });
        }
    });
}
