using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.StaffPerformance;

/// <summary>
/// Everything <see cref="FigureCalculator"/> needs to score the staff of one hall or of every hall for a
/// period: their day rows and, per staff member, a <see cref="StaffContext"/> (overdue cases, substantiated
/// complaints through the case, expected working days, the hall's busiest workload). Every staff figure
/// (the staff page, the town page, the API, exports and bulletins) reads through here, so they agree.
/// </summary>
public static class StaffScoreSources
{
    private static readonly CaseStatus[] Open = [CaseStatus.Accepted, CaseStatus.Transferred, CaseStatus.Paused, CaseStatus.Escalated];

    /// <param name="town">A town code, or null for every hall.</param>
    /// <param name="now">The clock of the data (the simulator's in a demo): it decides which days are past and which cases are overdue now.</param>
    public static async Task<FigureSources> ReadAsync(
        SupervisionDbContext db, string? town, Period period, WorkingCalendar calendar, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        var (start, end) = (period.Start, period.End);
        var staff = await db.Staff.AsNoTracking().Where(s => town == null || s.TownCode == town)
            .Select(s => new { s.Id, s.TownCode }).ToListAsync(ct);
        var days = await db.Set<StaffDayRollup>().AsNoTracking()
            .Where(r => (town == null || r.Town == town) && r.Day >= start && r.Day <= end)
            .ToListAsync(ct);

        var lateCompleted = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => (town == null || c.Town == town) && c.AcceptedStaff != null && c.CompletedLate
                        && c.CompletedDay >= start && c.CompletedDay <= end)
            .GroupBy(c => c.AcceptedStaff!).Select(g => new { Staff = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Staff, g => g.Count, StringComparer.Ordinal, ct);
        var today = WorkingCalendar.LocalDate(now);
        var openOverdue = period.Contains(today)
            ? (await db.Set<CaseRecord>().AsNoTracking()
                    .Where(c => (town == null || c.Town == town) && c.AcceptedStaff != null && Open.Contains(c.Status) && c.Deadline != null)
                    .ToListAsync(ct))
                .Where(c => CaseCards.ColourAt(c, now, calendar) == CardColour.Red)
                .CountBy(c => c.AcceptedStaff!, StringComparer.Ordinal)
                .ToDictionary(StringComparer.Ordinal)
            : [];
        var substantiated = await (
                from complaint in db.Set<ComplaintRecord>().AsNoTracking()
                join record in db.Set<CaseRecord>().AsNoTracking() on new { complaint.Town, CaseId = complaint.CaseId! } equals new { record.Town, record.CaseId }
                where (town == null || complaint.Town == town) && complaint.Substantiated == true
                      && complaint.FiledDay >= start && complaint.FiledDay <= end && record.AcceptedStaff != null
                group complaint by record.AcceptedStaff into g
                select new { Staff = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(g => g.Staff, g => g.Count, StringComparer.Ordinal, ct);

        var peaks = days.GroupBy(r => (r.Town, r.StaffId))
            .Select(g => (g.Key.Town, Workload: g.Sum(r => r.CasesAccepted + r.TicketsServed)))
            .GroupBy(x => x.Town, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(x => x.Workload), StringComparer.Ordinal);
        var reportingHalls = days.Where(r => r.AttendanceStatus is not null).Select(r => r.Town).ToHashSet(StringComparer.Ordinal);
        var expected = ExpectedDays(period, calendar, today);

        var contexts = staff.ToDictionary(s => s.Id, s => new StaffContext(
            lateCompleted.GetValueOrDefault(s.Id) + openOverdue.GetValueOrDefault(s.Id),
            substantiated.GetValueOrDefault(s.Id),
            reportingHalls.Contains(s.TownCode) ? expected : [],
            peaks.GetValueOrDefault(s.TownCode)), StringComparer.Ordinal);
        return new FigureSources { StaffDays = days, Staff = contexts };
    }

    /// <summary>
    /// The period's working days before today: today's reports may still come. A hall that reported no
    /// attendance at all in the period expects none (its reporting had not started), so its staff are not 未报.
    /// </summary>
    private static List<DateOnly> ExpectedDays(Period period, WorkingCalendar calendar, DateOnly today)
    {
        var days = new List<DateOnly>();
        for (var d = period.Start; d <= period.End && d < today; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }
        return days;
    }
}
