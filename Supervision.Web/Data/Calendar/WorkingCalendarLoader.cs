using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Data.Calendar;

/// <summary>Builds the <see cref="WorkingCalendar"/> from the Holidays table.</summary>
public static class WorkingCalendarLoader
{
    public static WorkingCalendar Load(SupervisionDbContext db, HallHours hours)
    {
        var days = db.Holidays.AsNoTracking()
            .Select(h => new { h.Date, h.IsOffDay, h.Name })
            .AsEnumerable()
            .Select(h => new HolidayDay(h.Date, h.IsOffDay, h.Name));
        return new WorkingCalendar(days, hours);
    }
}
