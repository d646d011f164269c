using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;

namespace Supervision.Web.Components.Shared;

/// <summary>The period shortcuts the dashboard offers.</summary>
public enum PeriodChoice
{
    Today,  // 今天: today so far
    Week,   // 本周: the ISO week (Monday–Sunday) holding today
    Month,  // 本月
    Custom, // 自定义: a range of days
}

public static class PeriodChoices
{
    public static string Label(PeriodChoice choice) => choice switch
    {
        PeriodChoice.Today => "今天",
        PeriodChoice.Week => "本周",
        PeriodChoice.Month => "本月",
        _ => "自定义",
    };

    /// <summary>The period a shortcut stands for at <paramref name="now"/> (China local days).</summary>
    public static Period For(PeriodChoice choice, DateTimeOffset now)
    {
        var today = WorkingCalendar.LocalDate(now);
        return choice switch
        {
            PeriodChoice.Today => Period.TodaySoFar(now),
            PeriodChoice.Week => Period.WeekOf(today),
            PeriodChoice.Month => Period.Month(today.Year, today.Month),
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "自定义时间段需要开始和结束日期。"),
        };
    }

    /// <summary>Which shortcut a period matches now; anything else is custom.</summary>
    public static PeriodChoice Of(Period period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        foreach (var choice in new[] { PeriodChoice.Today, PeriodChoice.Week, PeriodChoice.Month })
        {
            var p = For(choice, now);
            if (p.Kind == period.Kind && p.Start == period.Start && p.End == period.End)
            {
                return choice;
            }
        }
        return PeriodChoice.Custom;
    }
}
