namespace Supervision.Web.Simulation;

/// <summary>
/// The app's clock while it replays 2020: real time elapsed since an anchor, multiplied by the
/// speed, added to a simulated instant. Everything that asks <see cref="TimeProvider"/> for "now"
/// (deadlines, cards, "today" on every page) sees the simulated hall day.
/// </summary>
public sealed class SimulationClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly Lock _lock = new();
    private DateTimeOffset _anchorSimulated;
    private DateTimeOffset _anchorReal;

    public SimulationClock(TimeProvider real, DateTimeOffset simulatedStart, double speed)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speed);
        _real = real;
        Speed = speed;
        _anchorSimulated = simulatedStart.ToUniversalTime();
        _anchorReal = real.GetUtcNow();
    }

    public double Speed { get; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            var elapsed = _real.GetUtcNow() - _anchorReal;
            return _anchorSimulated.AddTicks((long)(elapsed.Ticks * Speed));
        }
    }

    /// <summary>Continue from <paramref name="simulatedNow"/> as of this real moment (used on restart).</summary>
    public void Rebase(DateTimeOffset simulatedNow)
    {
        lock (_lock)
        {
            _anchorSimulated = simulatedNow.ToUniversalTime();
            _anchorReal = _real.GetUtcNow();
        }
    }
}
