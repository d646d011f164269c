using static Supervision.Tests.Domain.Figures.FigureWorld;
using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

public class QueueFigureTests
{
    [Fact]
    public void Mean_wait_is_over_called_tickets_and_abandonment_over_issued_tickets()
    {
        var f = HallA();

        Assert.Equal(4, f.TicketsIssued);
        Assert.Equal(3, f.TicketsCalled);
        Assert.Equal(840.0m, f.MeanWaitSeconds);
        Assert.Equal(Ratio.Of(1, 4), f.AbandonmentRate);
    }

    [Fact]
    public void P90_wait_is_the_upper_edge_of_the_thirty_second_bin_and_the_maximum_is_exact()
    {
        var f = HallA();

        Assert.Equal(1830m, f.P90WaitSeconds);
        Assert.Equal(1800L, f.MaxWaitSeconds);
    }

    [Fact]
    public void Live_state_is_taken_from_the_input_and_absent_without_it()
    {
        var live = new LiveHallState(TownA, WaitingNow: 5, LongestCurrentWaitSeconds: 1260, WindowsServingNow: 3, OpenRedCards: 1, OpenYellowCards: 2);
        var with = new FigureCalculator().Calculate(Scope.Town(TownA), October, Sources with { Live = [live] });

        Assert.Equal((5, 1260L, 3, 1, 2), (with.WaitingNow, with.LongestCurrentWaitSeconds, with.WindowsServingNow, with.OpenRedCards, with.OpenYellowCards));
        Assert.Null(HallA().WaitingNow);
    }

    [Fact]
    public void County_live_state_adds_counts_and_keeps_the_longest_wait()
    {
        LiveHallState[] halls =
        [
            new(TownA, 5, 1260, 3, 1, 2),
            new(TownB, 2, 300, 1, 0, 1),
        ];

        var f = new FigureCalculator().Calculate(Scope.County, October, Sources with { Live = halls });

        Assert.Equal((7, 1260L, 4, 1, 3), (f.WaitingNow, f.LongestCurrentWaitSeconds, f.WindowsServingNow, f.OpenRedCards, f.OpenYellowCards));
    }

    [Fact]
    public void Live_state_from_records_counts_todays_waiting_tickets_serving_windows_and_cards()
    {
        // At 10-15 09:00: C5 (due 10-15 17:30) has 8.5 h left → yellow. A ticket waiting since 08:40.
        var world = OctoberScenario.Build()
            .Ticket(TownA, "B001", "2020-10-15 08:40")
            .Ticket(TownA, "B002", "2020-10-15 08:45", "2020-10-15 08:50", Comprehensive, "S1");
        var now = L("2020-10-15 09:00");

        var live = LiveHallState.From(TownA, world.Tickets, world.Cases.Where(c => c.IsOpen), HolidayCalendar, now);

        Assert.Equal(new LiveHallState(TownA, 1, 1200, 1, 0, 1), live);
    }
}
