using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Calendar;

/// <summary>A year present in the Holidays table: kept when it has a 春节 day off.</summary>
public sealed record HolidayYearSummary(int Year, int OffDays, int Workdays, bool Kept);

/// <summary>The kept calendar as the 节假日安排 page lists it: the years and one year's days.</summary>
public sealed class HolidayYearsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    public async Task<IReadOnlyList<HolidayYearSummary>> YearsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Holidays.AsNoTracking().ToListAsync(ct);
        return rows.GroupBy(h => h.Date.Year)
            .Select(g => new HolidayYearSummary(g.Key, g.Count(h => h.IsOffDay), g.Count(h => !h.IsOffDay),
                HolidayYear.HasSpringFestival(g.Select(h => new HolidayDay(h.Date, h.IsOffDay, h.Name)))))
            .OrderByDescending(y => y.Year)
            .ToList();
    }

    public async Task<IReadOnlyList<HolidayDay>> DaysAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).ToListAsync(ct);
        return rows.Select(h => new HolidayDay(h.Date, h.IsOffDay, h.Name)).OrderBy(d => d.Date).ToList();
    }
}
