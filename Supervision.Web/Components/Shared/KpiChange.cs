namespace Supervision.Web.Components.Shared;

/// <summary>
/// One comparison under a card's value, e.g. “较上期 ▲ 2.5 个百分点”. <paramref name="HigherIsBetter"/>
/// colours it: a rise of 超期办结 is bad news, a rise of 按时办结率 good.
/// </summary>
public sealed record KpiChange(string Against, FigureChange Change, bool HigherIsBetter = true)
{
    /// <summary>CSS classes: the direction, and better/worse for the colour.</summary>
    public string CssClass => Change.Direction switch
    {
        ChangeDirection.Up => HigherIsBetter ? "change-up change-better" : "change-up change-worse",
        ChangeDirection.Down => HigherIsBetter ? "change-down change-worse" : "change-down change-better",
        ChangeDirection.Same => "change-same",
        _ => "change-none",
    };
}
