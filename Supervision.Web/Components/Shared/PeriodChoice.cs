namespace Supervision.Web.Components.Shared;

/// <summary>The period shortcuts the dashboard offers, in the words people use at the meeting.</summary>
public enum PeriodChoice
{
    Today,     // 今天: today so far
    Week,      // 本周: the ISO week (Monday–Sunday) holding today
    LastWeek,  // 上周: the ISO week before it
    Month,     // 本月
    LastMonth, // 上月
    Custom,    // 自定义: a range of days
}

public static class PeriodChoices
{
    private static readonly PeriodChoice[] Shortcuts =
        [PeriodChoice.Today, PeriodChoice.Week, PeriodChoice.LastWeek, PeriodChoice.Month, PeriodChoice.LastMonth];

    public static string Label(PeriodChoice choice) => choice switch
    {
        PeriodChoice.Today => "今天",
        PeriodChoice.Week => "本周",
        PeriodChoice.LastWeek => "上周",
        PeriodChoice.Month => "本月",
        PeriodChoice.LastMonth => "上月",
        _ => "自定义",
    };

    /// <summary>The period a shortcut stands for at <paramref name="now"/> (China local days).</summary>
    public static Period For(PeriodChoice choice, DateTimeOffset now)
    {
        var today = WorkingCalendar.LocalDate(now);
        var lastMonth = today.AddMonths(-1);
        return choice switch
        {
            PeriodChoice.Today => Period.TodaySoFar(now),
            PeriodChoice.Week => Period.WeekOf(today),
            PeriodChoice.LastWeek => Period.WeekOf(today.AddDays(-7)),
            PeriodChoice.Month => Period.Month(today.Year, today.Month),
            PeriodChoice.LastMonth => Period.Month(lastMonth.Year, lastMonth.Month),
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "自定义时间段需要开始和结束日期。"),
        };
    }

    /// <summary>Which shortcut a period matches now; anything else is custom.</summary>
    public static PeriodChoice Of(Period period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        foreach (var choice in Shortcuts)
        {
            var p = For(choice, now);
            if (p.Kind == period.Kind && p.Start == period.Start && p.End == period.End)
            {
                return choice;
            }
        }
        return PeriodChoice.Custom;
    }

    /// <summary>
    /// The town page's first period: 上周 on a Monday for a town leader preparing the weekly meeting
    /// (when <paramref name="lastWeekOnMonday"/>), otherwise 本周.
    /// </summary>
    public static Period TownDefault(DateTimeOffset now, bool townLeader, bool lastWeekOnMonday) =>
        For(townLeader && lastWeekOnMonday && WorkingCalendar.LocalDate(now).DayOfWeek == DayOfWeek.Monday
            ? PeriodChoice.LastWeek : PeriodChoice.Week, now);
}
