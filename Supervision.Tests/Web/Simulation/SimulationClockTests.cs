using static Supervision.Tests.Web.Simulation.SeedReference;

namespace Supervision.Tests.Web.Simulation;

public sealed class SimulationClockTests
{
    private readonly FakeTimeProvider _real = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Starts_at_the_simulated_start_instant()
    {
        var clock = new SimulationClock(_real, Local(2020, 10, 12, 8, 30), speed: 60);

        Assert.Equal(Local(2020, 10, 12, 8, 30), clock.GetUtcNow());
    }

    [Fact]
    public void Simulated_time_runs_speed_times_faster_than_real_time()
    {
        var clock = new SimulationClock(_real, Local(2020, 10, 12, 8, 30), speed: 60);

        _real.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(Local(2020, 10, 12, 10, 0), clock.GetUtcNow());
    }

    [Fact]
    public void Rebase_continues_from_the_given_simulated_instant()
    {
        var clock = new SimulationClock(_real, Local(2020, 10, 12, 8, 30), speed: 60);
        _real.Advance(TimeSpan.FromMinutes(5));

        clock.Rebase(Local(2020, 11, 2, 14, 0));
        _real.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Local(2020, 11, 2, 14, 1), clock.GetUtcNow());
    }

    [Fact]
    public void Reports_now_in_utc()
    {
        var clock = new SimulationClock(_real, Local(2020, 10, 12, 8, 30), speed: 1);

        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
    }
}
