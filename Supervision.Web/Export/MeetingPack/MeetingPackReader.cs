using Supervision.Web.Export.Bulletins;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Orders;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Periods;

namespace Supervision.Web.Export.MeetingPack;

/// <summary>Reads a <see cref="MeetingPack"/> for one town and period (its open orders through <see cref="OrderQueries"/>).</summary>
public sealed class MeetingPackReader(
    IFigureQueries figures,
    PeriodRecordsReader records,
    ISettingsProvider settings,
    WorkingCalendarSource calendars,
    OrderQueries orders,
    TimeProvider time)
{
    /// <summary>The most cases of each card colour a pack lists.</summary>
    public const int MaxCases = CaseQuery.MaxPageSize;

    /// <returns>Null for a town code that is not in the reference data.</returns>
    public async Task<MeetingPack?> ReadAsync(string townCode, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var town = (await figures.GetTownsAsync(cancellationToken)).FirstOrDefault(t => t.Code == townCode);
        if (town is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var previousPeriod = PeriodComparison.Previous(period, WorkingCalendar.LocalDate(now));
        var calculator = settings.Current.Calculator;
        var hall = await figures.GetFiguresAsync(Scope.Town(town.Code), period, cancellationToken);
        var previous = await figures.GetFiguresAsync(Scope.Town(town.Code), previousPeriod, cancellationToken);
        var county = await figures.GetFiguresAsync(Scope.County, period, cancellationToken);
        var red = await figures.FindCasesAsync(Cards(town.Code, CardColour.Red), cancellationToken);
        var yellow = await figures.FindCasesAsync(Cards(town.Code, CardColour.Yellow), cancellationToken);

        var read = await records.ReadAsync(town.Code, period, calculator, calendars.Current, now, cancellationToken);
        var open = (await orders.ListAsync(new OrderFilter(Town: town.Code), cancellationToken)).Orders
            .Where(o => o.State != OrderState.Closed)
            .OrderBy(o => o.Deadline).ThenBy(o => o.Year).ThenBy(o => o.Number)
            .Select(o => new PackOrder(o, o.DaysOverdue(now, calendars.Current)))
            .ToList();
        var performance = read.StaffFigures
            .Select(s => new StaffPerformance(s.Staff, s.Figures))
            .OrderByDescending(p => p.Figures.Score ?? decimal.MinValue)
            .ThenBy(p => p.Staff.Id, StringComparer.Ordinal)
            .ToList();

        return new MeetingPack
        {
            Town = town,
            Period = period,
            PreviousPeriod = previousPeriod,
            At = now,
            Hall = hall,
            Previous = previous,
            County = county,
            Targets = calculator.Targets,
            Cases = red.Items.Select(c => new PackCase(c, CardColour.Red))
                .Concat(yellow.Items.Select(c => new PackCase(c, CardColour.Yellow)))
                .OrderBy(c => c.Case.Deadline).ThenBy(c => c.Case.CaseId, StringComparer.Ordinal)
                .ToList(),
            NegativeReviews = read.NegativeReviews,
            Complaints = read.Complaints,
            Staff = performance,
            Orders = open,
            ItemNames = read.ItemNames,
            StaffNames = read.Staff.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal),
        };
    }

    private static CaseQuery Cards(string town, CardColour card) =>
        new() { Town = town, Status = CaseStatusFilter.Open, Card = card, PageSize = MaxCases };
}
