using static Supervision.Tests.Web.Simulation.SeedReference;

namespace Supervision.Tests.Web.Simulation;

public sealed class SimulationResumeTests
{
    private static readonly DateTimeOffset Start = Local(2020, 10, 12, 8, 30);

    [Fact]
    public void First_start_backfills_the_configured_days_then_goes_live_from_start()
    {
        var (backfillFrom, liveFrom) = SimulationResume.Plan(latest: null, Start, backfillDays: 28);

        Assert.Equal(Local(2020, 9, 14, 8, 30), backfillFrom);
        Assert.Equal(Start, liveFrom);
    }

    [Fact]
    public void An_interrupted_backfill_continues_from_the_latest_stored_event()
    {
        var (backfillFrom, liveFrom) = SimulationResume.Plan(Local(2020, 9, 30, 15, 2), Start, backfillDays: 28);

        Assert.Equal(Local(2020, 9, 30, 15, 2), backfillFrom);
        Assert.Equal(Start, liveFrom);
    }

    [Fact]
    public void A_restart_continues_live_from_the_latest_stored_event_without_backfill()
    {
        var (backfillFrom, liveFrom) = SimulationResume.Plan(Local(2020, 10, 14, 11, 20), Start, backfillDays: 28);

        Assert.Null(backfillFrom);
        Assert.Equal(Local(2020, 10, 14, 11, 20), liveFrom);
    }

    [Fact]
    public void No_backfill_when_zero_days_are_configured()
    {
        var (backfillFrom, _) = SimulationResume.Plan(latest: null, Start, backfillDays: 0);

        Assert.Null(backfillFrom);
    }
}
