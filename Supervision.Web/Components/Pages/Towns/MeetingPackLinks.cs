using Supervision.Web.Export.MeetingPack;

namespace Supervision.Web.Components.Pages.Towns;

/// <summary>Where the 周调度会材料 of a town and period is: its print page and its workbook.</summary>
public static class MeetingPackLinks
{
    public static string Page(string town, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"/towns/{Uri.EscapeDataString(town)}/meeting?period={Uri.EscapeDataString(PeriodText(period))}";
    }

    public static string Workbook(string town, Period period) => MeetingPackEndpoints.Address(town, period);

    // “Today so far” is written as its day, so the pack keeps meaning that day.
    private static string PeriodText(Period period) =>
        period.Kind == PeriodKind.TodaySoFar ? Period.Day(period.Start).ToString() : period.ToString();
}
