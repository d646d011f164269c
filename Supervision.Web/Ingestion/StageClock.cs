using System.Diagnostics;

namespace Supervision.Web.Ingestion;

/// <summary>
/// Laps of one ingest batch, logged at Debug so a load run can see where the time goes
/// (enable with Logging:LogLevel:Supervision.Web.Ingestion=Debug; docs/benchmarks.md).
/// </summary>
public sealed class StageClock
{
    private readonly StringBuilder _laps = new();
    private long _last = Stopwatch.GetTimestamp();

    public void Lap(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        _laps.Append(stage).Append('=').Append(Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        _last = now;
    }

    public override string ToString() => _laps.ToString();
}
