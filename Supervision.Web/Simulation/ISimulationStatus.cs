namespace Supervision.Web.Simulation;

/// <summary>What the layout shows about simulated data (“模拟数据”, speed, simulated time).</summary>
public interface ISimulationStatus
{
    bool Enabled { get; }

    /// <summary>Simulated seconds per real second.</summary>
    double Speed { get; }

    /// <summary>The simulated “now”; the real time when the simulator is off.</summary>
    DateTimeOffset SimulatedNow { get; }

    /// <summary>History is still being written on first start.</summary>
    bool Backfilling { get; }
}

internal sealed class SimulationStatus(SimulatorRuntime runtime, TimeProvider time) : ISimulationStatus
{
    public bool Enabled => runtime.Enabled;
    public double Speed => runtime.Enabled ? runtime.Options.Speed : 1;
    public DateTimeOffset SimulatedNow => time.GetUtcNow();
    public bool Backfilling => runtime.Backfilling;
}

/// <summary>The resolved settings and the run's shared state.</summary>
internal sealed class SimulatorRuntime(SimulatorOptions options, bool enabled)
{
    public SimulatorOptions Options { get; } = options;
    public bool Enabled { get; } = enabled;
    private volatile bool _backfilling;

    public bool Backfilling
    {
        get => _backfilling;
        set => _backfilling = value;
    }
}
