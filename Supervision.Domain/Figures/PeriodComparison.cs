using Supervision.Domain.Bulletins;

namespace Supervision.Domain.Figures;

/// <summary>The period a figure is compared with (“较上期”): the one just before, of the same length.</summary>
public static class PeriodComparison
{
    /// <summary>
    /// A finished period is compared with the whole period before it (last week with the week before);
    /// an unfinished week or month with the same number of days at the start of the one before (本周
    /// Monday–Wednesday with last Monday–Wednesday), so days not yet lived are not counted as a drop.
    /// Today so far is compared with yesterday.
    /// </summary>
    public static Period Previous(Period period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Kind == PeriodKind.TodaySoFar)
        {
            return Period.Day(period.Start.AddDays(-1));
        }
        var previous = BulletinPeriods.Previous(period);
        if (period.Kind is PeriodKind.Week or PeriodKind.Month && period.Contains(today))
        {
            var elapsed = today.DayNumber - period.Start.DayNumber;
            var end = previous.Start.AddDays(elapsed);
            return Period.Range(previous.Start, end < previous.End ? end : previous.End);
        }
        return previous;
    }
}
