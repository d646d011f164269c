using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;
using Supervision.Domain.Reference;
using Supervision.Web.Data;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Every staff member's figures (DOMAIN 11) for a period from one read of the staff rollups, through
/// the same <see cref="FigureCalculator"/> that <c>IFigureQueries.GetFiguresAsync(Scope.Staff(…))</c>
/// uses — the same numbers, without one query per person (a county has 140+ staff).
/// </summary>
public static class StaffFigures
{
    public static async Task<List<StaffPerformance>> ReadAsync(
        SupervisionDbContext db, FigureCalculator calculator, Period period, IReadOnlyList<Staff> staff,
        WorkingCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(period);
        var sources = await StaffScoreSources.ReadAsync(db, null, period, calendar, now, cancellationToken);
        var rows = sources.StaffDays.ToLookup(r => r.StaffId, StringComparer.Ordinal);
        return staff
            .Select(s => new StaffPerformance(s, calculator.Calculate(Scope.Staff(s.Id), period, sources with { StaffDays = rows[s.Id] })))
            .ToList();
    }
}
