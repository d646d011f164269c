using System.Globalization;

namespace Supervision.Web.Simulation;

/// <summary>Configuration section <c>Simulator</c>.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>The first Monday after the 2020 National Day holiday, in the summary phase of the pilot.</summary>
    public static readonly DateTimeOffset DefaultStart = DateTimeOffset.Parse("2020-10-12T08:30:00+08:00", CultureInfo.InvariantCulture);

    /// <summary>Null: on when the database is SQLite (the demo set-up), off otherwise.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Simulated seconds per real second.</summary>
    public double Speed { get; set; } = 60;

    public int Seed { get; set; } = 42;

    /// <summary>Simulated instant the live run starts from on first start.</summary>
    public DateTimeOffset Start { get; set; } = DefaultStart;

    /// <summary>Days of history written before <see cref="Start"/> on first start.</summary>
    public int BackfillDays { get; set; } = 28;

    /// <summary>Events per call of the ingestor.</summary>
    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Events per call of the ingestor for the <c>simulate</c> command's history: larger batches share the
    /// per-batch reads and statements over more events (docs/benchmarks.md, simulator).
    /// </summary>
    public int HistoryBatchSize { get; set; } = 50_000;
}
