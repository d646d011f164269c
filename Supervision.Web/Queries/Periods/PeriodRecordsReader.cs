using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Web.Queries.Periods;

/// <summary>A staff member and their figures for a period.</summary>
public sealed record StaffFigureSet(Staff Staff, FigureSet Figures);

/// <summary>
/// The records a period's report lists for one hall or the county: negative reviews submitted or due for
/// rectification in it, complaints filed or due in it, the staff with their figures, and the item and window names.
/// </summary>
public sealed record PeriodRecords(
    IReadOnlyList<ReviewRecord> NegativeReviews,
    IReadOnlyList<ComplaintRecord> Complaints,
    IReadOnlyList<Staff> Staff,
    IReadOnlyList<StaffFigureSet> StaffFigures,
    IReadOnlyDictionary<string, string> ItemNames,
    IReadOnlyDictionary<string, string> WindowNames);

/// <summary>
/// What the county bulletin lists besides <see cref="PeriodRecords"/>: cases overdue and open at the period's
/// end, cases completed late in it, the pilot tasks, and when the last event arrived.
/// </summary>
public sealed record BulletinRecords(
    PeriodRecords Period,
    IReadOnlyList<CaseRecord> OverdueOpen,
    IReadOnlyList<CaseRecord> CompletedLate,
    IReadOnlyList<PilotTask> PilotTasks,
    DateTimeOffset? DataAsOf);

/// <summary>
/// Reads the record lists of the bulletin (通报) and the meeting pack (周调度会材料) straight from the record
/// tables; their figures come from <see cref="Figures.IFigureQueries"/>.
/// </summary>
public sealed class PeriodRecordsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <param name="calculator">The settings revision the report is written under.</param>
    /// <param name="now">The clock of the data: which cases are overdue now (for a period not over).</param>
    public async Task<PeriodRecords> ReadAsync(
        string town, Period period, FigureCalculator calculator, WorkingCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(town);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, town, period, calculator, calendar, now, cancellationToken);
    }

    /// <summary>The county bulletin's records of <paramref name="period"/>.</summary>
    public async Task<BulletinRecords> ReadBulletinAsync(
        Period period, FigureCalculator calculator, WorkingCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
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
        var pilotTasks = await db.PilotTasks.AsNoTracking().OrderBy(t => t.TownCode).ThenBy(t => t.DueDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var dataAsOf = await db.Set<StoredEvent>().MaxAsync(e => (DateTimeOffset?)e.ReceivedAt, cancellationToken);
        var records = await ReadAsync(db, null, period, calculator, calendar, now, cancellationToken);
        return new BulletinRecords(records, overdue, late, pilotTasks, dataAsOf);
    }

    private static async Task<PeriodRecords> ReadAsync(
        SupervisionDbContext db, string? town, Period period, FigureCalculator calculator, WorkingCalendar calendar, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calculator);
        var (start, last) = (period.Start, period.End);
        var reviews = await db.Set<ReviewRecord>().AsNoTracking()
            .Where(r => (town == null || r.Town == town) && r.IsNegative
                        && ((r.SubmittedDay >= start && r.SubmittedDay <= last) || (r.RectifyDueDay >= start && r.RectifyDueDay <= last)))
            .OrderBy(r => r.Town).ThenBy(r => r.SubmittedAt).ThenBy(r => r.ReviewId)
            .ToListAsync(cancellationToken);
        var complaints = await db.Set<ComplaintRecord>().AsNoTracking()
            .Where(c => (town == null || c.Town == town)
                        && ((c.FiledDay >= start && c.FiledDay <= last) || (c.ResolveDueDay >= start && c.ResolveDueDay <= last)))
            .OrderBy(c => c.Town).ThenBy(c => c.FiledAt).ThenBy(c => c.ComplaintId)
            .ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => town == null || s.TownCode == town)
            .OrderBy(s => s.TownCode).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var items = await db.ServiceItems.AsNoTracking().Select(i => new { i.Code, i.Name }).ToListAsync(cancellationToken);
        var windows = await db.Windows.AsNoTracking().Select(w => new { w.Code, w.Name }).ToListAsync(cancellationToken);
        var figures = await StaffFiguresAsync(db, calculator, period, staff, calendar, now, cancellationToken);
        return new PeriodRecords(reviews, complaints, staff, figures,
            items.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal),
            windows.ToDictionary(w => w.Code, w => w.Name, StringComparer.Ordinal));
    }

    /// <summary>
    /// Every staff member's figures (DOMAIN 11) from one read of the staff rollups, through the same
    /// <see cref="FigureCalculator"/> that <c>IFigureQueries.GetFiguresAsync(Scope.Staff(…))</c> uses — the same
    /// numbers, without one query per person (a county has 140+ staff).
    /// </summary>
    private static async Task<List<StaffFigureSet>> StaffFiguresAsync(
        SupervisionDbContext db, FigureCalculator calculator, Period period, IReadOnlyList<Staff> staff,
        WorkingCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sources = await StaffScoreSources.ReadAsync(db, null, period, calendar, now, cancellationToken);
        var rows = sources.StaffDays.ToLookup(r => r.StaffId, StringComparer.Ordinal);
        return staff
            .Select(s => new StaffFigureSet(s, calculator.Calculate(Scope.Staff(s.Id), period, sources with { StaffDays = rows[s.Id] })))
            .ToList();
    }
}
