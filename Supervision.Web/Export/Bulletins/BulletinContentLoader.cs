using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity;
using Supervision.Domain.Bulletins;
using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries;
using Supervision.Web.Settings;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Settings;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Reads a bulletin's content: figures and ranking through <see cref="IFigureQueries"/> (the numbers
/// the dashboard shows), the listed records straight from the record tables.
/// </summary>
public sealed class BulletinContentLoader(
    IFigureQueries figures,
    IDbContextFactory<SupervisionDbContext> contexts,
    ISettingsProvider settings,
    WorkingCalendarSource calendars,
    OrderBulletinReader orders,
    TimeProvider time)
{
    /// <summary>
    /// The figures a bulletin's text and ranking are written from (this period and the one before), with
    /// the working days of both; cheaper than <see cref="LoadAsync"/>, for telling whether an issued
    /// bulletin's figures have moved since.
    /// </summary>
    public async Task<(BulletinFacts Facts, IReadOnlyList<TownSummary> Towns)> LoadFactsAsync(Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var previous = BulletinPeriods.Previous(period);
        var towns = await figures.GetTownsAsync(cancellationToken);
        var county = await figures.GetFiguresAsync(Scope.County, period, cancellationToken);
        var ranking = await figures.RankHallsAsync(period, cancellationToken);
        var previousCounty = await figures.GetFiguresAsync(Scope.County, previous, cancellationToken);
        var previousRanking = await figures.RankHallsAsync(previous, cancellationToken);
        var calendar = calendars.Current;
        var names = towns.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        var facts = new BulletinFacts(period, county, ranking, previous, previousCounty, previousRanking, names)
        {
            WorkingDays = calendar.WorkingDaysElapsed(period.Start.AddDays(-1), period.End),
            PreviousWorkingDays = calendar.WorkingDaysElapsed(previous.Start.AddDays(-1), previous.End),
        };
        return (facts, towns);
    }

    public async Task<BulletinContent> LoadAsync(Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        // One revision for the whole bulletin: its weights are printed with the ranking they produced.
        var calculator = settings.Current.Calculator;
        var (facts, towns) = await LoadFactsAsync(period, cancellationToken);

        var (start, last) = (period.Start, period.End);
        var end = WorkingCalendar.AtLocal(last.AddDays(1), TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var overdue = (await db.Set<CaseRecord>().AsNoTracking()
                .Where(c => c.AcceptedAt != null && c.AcceptedAt < end && c.Deadline != null && c.Deadline < end
                            && (c.CompletedAt == null || c.CompletedAt >= end)
                            && (c.IssuedAt == null || c.IssuedAt >= end)
                            && (!c.Refused || c.RefusedAt == null || c.RefusedAt >= end))
                .ToListAsync(cancellationToken))
            // A pause that began before the deadline stopped the clock in time.
            .Where(c => !(c.IsPaused && c.PausedSince is { } since && since < end && since <= c.Deadline))
            .OrderBy(c => c.Town, StringComparer.Ordinal).ThenBy(c => c.Deadline).ThenBy(c => c.CaseId, StringComparer.Ordinal)
            .ToList();
        var late = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => c.CompletedLate && c.CompletedDay >= start && c.CompletedDay <= last)
            .OrderBy(c => c.Town).ThenBy(c => c.CompletedAt).ThenBy(c => c.CaseId)
            .ToListAsync(cancellationToken);
        var reviews = await db.Set<ReviewRecord>().AsNoTracking()
            .Where(r => r.IsNegative && ((r.SubmittedDay >= start && r.SubmittedDay <= last) || (r.RectifyDueDay >= start && r.RectifyDueDay <= last)))
            .OrderBy(r => r.Town).ThenBy(r => r.SubmittedAt).ThenBy(r => r.ReviewId)
            .ToListAsync(cancellationToken);
        var complaints = await db.Set<ComplaintRecord>().AsNoTracking()
            .Where(c => (c.FiledDay >= start && c.FiledDay <= last) || (c.ResolveDueDay >= start && c.ResolveDueDay <= last))
            .OrderBy(c => c.Town).ThenBy(c => c.FiledAt).ThenBy(c => c.ComplaintId)
            .ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.TownCode).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var pilotTasks = await db.PilotTasks.AsNoTracking().OrderBy(t => t.TownCode).ThenBy(t => t.DueDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var items = await db.ServiceItems.AsNoTracking().Select(i => new { i.Code, i.Name }).ToListAsync(cancellationToken);
        var windows = await db.Windows.AsNoTracking().Select(w => new { w.Code, w.Name }).ToListAsync(cancellationToken);

        var calendar = calendars.Current;
        var dataAsOf = await db.Set<StoredEvent>().MaxAsync(e => (DateTimeOffset?)e.ReceivedAt, cancellationToken);
        var performance = await StaffFigures.ReadAsync(db, calculator, period, staff, calendar, time.GetUtcNow(), cancellationToken);
        return new BulletinContent
        {
            Facts = facts,
            DataAsOf = dataAsOf,
            Weights = calculator.Weights,
            Targets = calculator.Targets,
            Towns = towns,
            PeriodEnd = end,
            OverdueOpen = overdue,
            CompletedLate = late,
            ProvisionalDeadlines = overdue.Concat(late).Where(c => CaseDeadline.IsProvisional(c, calendar))
                .Select(c => (c.Town, c.CaseId)).ToHashSet(),
            NegativeReviews = reviews,
            Complaints = complaints,
            Staff = performance,
            PilotTasks = pilotTasks,
            ItemNames = items.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal),
            StaffNames = staff.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal),
            WindowNames = windows.ToDictionary(w => w.Code, w => w.Name, StringComparer.Ordinal),
            Orders = await orders.ReadAsync(period, calendar, cancellationToken),
        };
    }
}
