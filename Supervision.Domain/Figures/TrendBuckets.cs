using Supervision.Domain.Calendar;

namespace Supervision.Domain.Figures;

/// <summary>How far a trend looks back: finished ISO weeks, or finished working days of the kept calendar.</summary>
public enum TrendSpan
{
    Weeks = 0,
    WorkingDays = 1,
}

/// <summary>
/// The periods a trend plots, oldest first. A trend shows finished periods only: the week in progress and
/// today are left out, so no line drops towards zero over days that have not happened yet
/// (docs/metrics.md, “趋势”).
/// </summary>
public static class TrendBuckets
{
    public const int WeekCount = 12;
    public const int WorkingDayCount = 30;

    /// <summary>The periods of <paramref name="span"/> seen on <paramref name="today"/> (China-local).</summary>
    public static IReadOnlyList<Period> For(TrendSpan span, DateOnly today, WorkingCalendar calendar) => span switch
    {
        TrendSpan.WorkingDays => WorkingDays(today, calendar, WorkingDayCount),
        _ => Weeks(today, WeekCount),
    };

    /// <summary>The <paramref name="count"/> ISO weeks before the week holding <paramref name="today"/>.</summary>
    public static IReadOnlyList<Period> Weeks(DateOnly today, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var current = Period.WeekOf(today);
        return Enumerable.Range(1, count).Reverse()
            .Select(back => Period.WeekOf(current.Start.AddDays(-7 * back)))
            .ToList();
    }

    /// <summary>
    /// The <paramref name="count"/> working days before <paramref name="today"/>: weekends and 放假 days of the
    /// kept calendar are skipped, 调休上班 weekend days count.
    /// </summary>
    public static IReadOnlyList<Period> WorkingDays(DateOnly today, WorkingCalendar calendar, int count)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var days = new List<Period>(count);
        for (var day = today.AddDays(-1); days.Count < count; day = day.AddDays(-1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(Period.Day(day));
            }
        }
        days.Reverse();
        return days;
    }
}
