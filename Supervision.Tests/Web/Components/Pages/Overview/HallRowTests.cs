namespace Supervision.Tests.Web.Components.Pages.Overview;

public sealed class HallRowTests
{
    private static readonly HallRow Quiet = HallRow.From(new TownSummary("370323001", "南麻街道", true), null);

    [Fact]
    public void Hall_without_figures_today_shows_zeros_and_no_wait() =>
        Assert.Equal((0, (long?)null, 0), (Quiet.WaitingNow, Quiet.LongestWaitSeconds, Quiet.AcceptedToday));

    [Fact]
    public void Red_card_makes_the_hall_critical() =>
        Assert.Equal(HallAlertLevel.Critical, (Quiet with { RedCards = 1, YellowCards = 3 }).Level(30));

    [Fact]
    public void Yellow_card_makes_the_hall_a_warning() =>
        Assert.Equal(HallAlertLevel.Warning, (Quiet with { YellowCards = 1 }).Level(30));

    [Fact]
    public void Wait_beyond_the_queue_threshold_makes_the_hall_a_warning() =>
        Assert.Equal(HallAlertLevel.Warning, (Quiet with { LongestWaitSeconds = 30 * 60 + 1 }).Level(30));

    [Fact]
    public void Wait_at_the_threshold_is_still_normal() =>
        Assert.Equal(HallAlertLevel.Normal, (Quiet with { LongestWaitSeconds = 30 * 60 }).Level(30));

    [Fact]
    public void Live_update_replaces_queue_cards_and_todays_counts()
    {
        var now = new HallNow("370323001", new LiveHallState("370323001", 5, 400, 2, 1, 2), 30, 12, 8, DateTimeOffset.UnixEpoch);

        var row = Quiet.With(now);

        Assert.Equal((5, (long?)400, 2, 30, 12, 8, 1, 2),
            (row.WaitingNow, row.LongestWaitSeconds, row.WindowsServing, row.TicketsToday, row.AcceptedToday, row.CompletedToday, row.RedCards, row.YellowCards));
        Assert.Equal(("南麻街道", true), (row.Name, row.IsPilot));
    }
}
