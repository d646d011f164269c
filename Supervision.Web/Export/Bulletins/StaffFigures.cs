using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Figures;
using Supervision.Domain.Reference;
using Supervision.Web.Data;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Every staff member's figures (DOMAIN 11) for a period from one read of the staff rollups, through
/// the same <see cref="FigureCalculator"/> that <c>IFigureQueries.GetFiguresAsync(Scope.Staff(…))</c>
/// uses — the same numbers, without one query per person (a county has 140+ staff).
/// </summary>
public static class StaffFigures
{
    public static async Task<List<StaffPerformance>> ReadAsync(
        SupervisionDbContext db, FigureCalculator calculator, Period period, IReadOnlyList<Staff> staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);
        var rows = (await db.Set<StaffDayRollup>().AsNoTracking()
                .Where(r => r.Day >= start && r.Day <= end)
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.StaffId, StringComparer.Ordinal);
        return staff
            .Select(s => new StaffPerformance(s, calculator.Calculate(Scope.Staff(s.Id), period, new FigureSources { StaffDays = rows[s.Id] })))
            .ToList();
    }
}
