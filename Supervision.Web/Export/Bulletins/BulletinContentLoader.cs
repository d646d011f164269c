using Supervision.Web.Data.Entities;
using Supervision.Web.Queries;
using Supervision.Web.Settings;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Queries.Periods;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Reads a bulletin's content: figures and ranking through <see cref="IFigureQueries"/> (the numbers
/// the dashboard shows), the listed records through <see cref="PeriodRecordsReader"/>.
/// </summary>
public sealed class BulletinContentLoader(
    IFigureQueries figures,
    PeriodRecordsReader records,
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

        var end = WorkingCalendar.AtLocal(period.End.AddDays(1), TimeOnly.MinValue);
        var calendar = calendars.Current;
        var read = await records.ReadBulletinAsync(period, calculator, calendar, time.GetUtcNow(), cancellationToken);
        var (overdue, late) = (read.OverdueOpen, read.CompletedLate);
        return new BulletinContent
        {
            Facts = facts,
            DataAsOf = read.DataAsOf,
            Weights = calculator.Weights,
            Targets = calculator.Targets,
            Towns = towns,
            PeriodEnd = end,
            OverdueOpen = overdue,
            CompletedLate = late,
            ProvisionalDeadlines = overdue.Concat(late).Where(c => CaseDeadline.IsProvisional(c, calendar))
                .Select(c => (c.Town, c.CaseId)).ToHashSet(),
            NegativeReviews = read.Period.NegativeReviews,
            Complaints = read.Period.Complaints,
            Staff = read.Period.StaffFigures.Select(s => new StaffPerformance(s.Staff, s.Figures)).ToList(),
            PilotTasks = read.PilotTasks,
            ItemNames = read.Period.ItemNames,
            StaffNames = read.Period.Staff.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal),
            WindowNames = read.Period.WindowNames,
            Orders = await orders.ReadAsync(period, calendar, cancellationToken),
        };
    }
}
