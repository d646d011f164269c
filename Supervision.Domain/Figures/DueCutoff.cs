using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Figures;

/// <summary>
/// Rates counted on a due day (差评整改率, 投诉按时响应率 and 按时办结率) may only call an item missed once
/// its deadline has passed. Every such deadline is the closing time of its due day, so before that
/// instant an item still open is not late yet: it is left out of the rate until it is done or the day closes.
/// </summary>
public static class DueCutoff
{
    /// <summary>The rows of days whose closing time lies after <paramref name="now"/>.</summary>
    public static IEnumerable<TownDayRollup> NotPassed(IEnumerable<TownDayRollup> days, DateTimeOffset now, HallHours hours)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(hours);
        return days.Where(d => WorkingCalendar.AtLocal(d.Day, hours.Closing) > now);
    }

    /// <summary>
    /// The items of <paramref name="notPassed"/> rows that are due but not yet done. Before its deadline an
    /// item done is done on time, so due minus on time is exactly the open ones.
    /// </summary>
    public static (int Rectify, int Respond, int Resolve) Open(IEnumerable<TownDayRollup> notPassed)
    {
        ArgumentNullException.ThrowIfNull(notPassed);
        int rectify = 0, respond = 0, resolve = 0;
        foreach (var d in notPassed)
        {
            rectify += d.NegativeRectifyDue - d.NegativeRectifiedOnTime;
            respond += d.ComplaintsRespondDue - d.ComplaintsRespondedOnTime;
            resolve += d.ComplaintsResolveDue - d.ComplaintsResolvedOnTime;
        }
        return (rectify, respond, resolve);
    }
}
