using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Ingestion.Projections;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Calendar;

/// <summary>What saving a year did: the rows written, and the recalculation it queued.</summary>
internal sealed record HolidayYearSaved(int Year, int Days, Task<ReprojectSummary?> Recalculation);

/// <summary>
/// The bureau's keeping of the calendar (DOMAIN.md “The calendar is kept”), shared by the 节假日安排 page
/// and the <c>calendar import</c> verb (the page lists the years through <see cref="HolidayYearsReader"/>): a year is validated, replaces that year's rows in one transaction,
/// is audited, goes in force on this node at once, and the figures depending on it are recomputed.
/// </summary>
internal sealed class HolidayCalendarService(
    IDbContextFactory<SupervisionDbContext> contexts,
    WorkingCalendarSource calendars,
    CalendarRecalculation recalculation,
    IAuditLog audit)
{
    /// <param name="source">How the year was entered, for the audit log: 页面录入, a file name.</param>
    /// <exception cref="Domain.DomainException">The year is not valid; nothing was written.</exception>
    public async Task<HolidayYearSaved> SaveYearAsync(HolidayYear year, AuditActor actor, string source, CancellationToken ct)
    {
        year.EnsureValid();
        var (from, to) = (new DateOnly(year.Year, 1, 1), new DateOnly(year.Year, 12, 31));
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Holidays.Where(h => h.Date >= from && h.Date <= to).ExecuteDeleteAsync(ct);
            db.Holidays.AddRange(year.Days.Select(d => new Holiday { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await audit.WriteAsync(actor, AuditActions.CalendarImported, year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), new
        {
            source,
            offDays = year.Days.Count(d => d.IsOffDay),
            workdays = year.Days.Count(d => !d.IsOffDay),
        }, ct);
        await calendars.RefreshAsync(ct);
        return new HolidayYearSaved(year.Year, year.Days.Count, recalculation.Start(year.Year));
    }
}
