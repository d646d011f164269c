using Supervision.Web.Components.Shared;

namespace Supervision.Web.Components.Pages.ProcessingTimes;

/// <summary>Addresses of the 办理时效 page, with the scope and period in the query (<see cref="ListAddress"/>).</summary>
public static class ProcessingTimesLinks
{
    public const string Path = "/processing-times";

    /// <summary>The page for <paramref name="town"/> (null: the county) and <paramref name="period"/>.</summary>
    public static string Page(string? town, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var scope = ListAddress.Scope(town) is { } s ? $"{ListAddress.ScopeParameter}={Uri.EscapeDataString(s)}&" : "";
        return $"{Path}?{scope}{ListAddress.PeriodParameter}={Uri.EscapeDataString(period.ToString())}";
    }
}
