using Supervision.Web.Data;

namespace Supervision.Web.Simulation;

/// <summary>Configuration section <c>Simulator</c>.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>The first Monday after the 2020 National Day holiday, in the summary phase of the pilot.</summary>
    public static readonly DateTimeOffset DefaultStart = DateTimeOffset.Parse("2020-10-12T08:30:00+08:00", CultureInfo.InvariantCulture);

    /// <summary>Null: on when the database is SQLite (the demo set-up), off otherwise.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether the simulator runs on a database of <paramref name="provider"/>: <see cref="Enabled"/> when set.</summary>
    public bool IsEnabled(DatabaseProvider provider) => Enabled ?? provider == DatabaseProvider.Sqlite;

    /// <summary>Simulated seconds per real second.</summary>
    [Range(0.001, 1_000_000.0, ErrorMessage = "应为 0.001 到 1000000 之间的倍速")]
    public double Speed { get; set; } = 60;

    public int Seed { get; set; } = 42;

    /// <summary>Simulated instant the live run starts from on first start.</summary>
    public DateTimeOffset Start { get; set; } = DefaultStart;

    /// <summary>Days of history written before <see cref="Start"/> on first start.</summary>
    [Range(0, 3660, ErrorMessage = "应为 0 到 3660 之间的天数")]
    public int BackfillDays { get; set; } = 28;

    /// <summary>Events per call of the ingestor.</summary>
    [Range(1, 1_000_000, ErrorMessage = "应为 1 到 1000000 之间的整数")]
    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Events per call of the ingestor for the <c>simulate</c> command's history: larger batches share the
    /// per-batch reads and statements over more events (docs/benchmarks.md, simulator).
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "应为 1 到 1000000 之间的整数")]
    public int HistoryBatchSize { get; set; } = 50_000;
}
