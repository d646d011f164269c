namespace Supervision.Web.Components.Pages.Towns;

/// <summary>Configuration section <c>TownPage</c>.</summary>
public sealed class TownPageOptions
{
    public const string Section = "TownPage";

    /// <summary>
    /// On Mondays a town leader's page opens on 上周 (the week their 调度会 reviews) instead of the
    /// unfinished current week.
    /// </summary>
    public bool LastWeekOnMonday { get; set; } = true;
}
