using Supervision.Web.Common;
using Supervision.Web.Live;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Components.Pages.Overview;

/// <summary>How urgently a hall needs attention now.</summary>
public enum HallAlertLevel
{
    Normal = 0,
    Warning = 1,  // a yellow card, or someone waiting longer than the queue alert threshold
    Critical = 2, // a red card
}

/// <summary>
/// One hall as the live grid and the big screen show it: the queue and cards now plus today's counts.
/// Built from today's figures, then replaced piece by piece by live updates (<see cref="With"/>).
/// </summary>
public sealed record HallRow(
    string Code,
    string Name,
    bool IsPilot,
    int WaitingNow,
    long? LongestWaitSeconds,
    int WindowsServing,
    int TicketsToday,
    int AcceptedToday,
    int CompletedToday,
    int RedCards,
    int YellowCards)
{
    public string Href => "towns/" + Uri.EscapeDataString(Code);

    /// <param name="today">The hall's figures for today so far (live parts included), or null when it has none.</param>
    public static HallRow From(TownSummary town, FigureSet? today)
    {
        ArgumentNullException.ThrowIfNull(town);
        return new HallRow(town.Code, town.Name, town.IsPilot,
            today?.WaitingNow ?? 0, today?.LongestCurrentWaitSeconds, today?.WindowsServingNow ?? 0,
            today?.TicketsIssued ?? 0, today?.Accepted ?? 0, today?.Completed ?? 0,
            today?.OpenRedCards ?? 0, today?.OpenYellowCards ?? 0);
    }

    /// <summary>This hall as a live update reports it now.</summary>
    public HallRow With(HallNow now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var live = now.Live;
        return this with
        {
            WaitingNow = live.WaitingNow,
            LongestWaitSeconds = live.LongestCurrentWaitSeconds,
            WindowsServing = live.WindowsServingNow,
            TicketsToday = now.TicketsIssuedToday,
            AcceptedToday = now.AcceptedToday,
            CompletedToday = now.CompletedToday,
            RedCards = live.OpenRedCards,
            YellowCards = live.OpenYellowCards,
        };
    }

    public HallAlertLevel Level(int queueAlertWaitMinutes) =>
        RedCards > 0 ? HallAlertLevel.Critical
        : YellowCards > 0 || WaitTooLong(queueAlertWaitMinutes) ? HallAlertLevel.Warning
        : HallAlertLevel.Normal;

    /// <summary>Why the row is coloured, in Chinese, for its tooltip.</summary>
    public IReadOnlyList<string> Reasons(int queueAlertWaitMinutes)
    {
        var reasons = new List<string>();
        if (RedCards > 0)
        {
            reasons.Add($"红牌 {ZhFormat.Count(RedCards)} 件");
        }
        if (YellowCards > 0)
        {
            reasons.Add($"黄牌 {ZhFormat.Count(YellowCards)} 件");
        }
        if (WaitTooLong(queueAlertWaitMinutes))
        {
            reasons.Add($"有群众等候超过 {queueAlertWaitMinutes} 分钟");
        }
        return reasons;
    }

    private bool WaitTooLong(int minutes) => LongestWaitSeconds is { } s && s > minutes * 60L;
}
