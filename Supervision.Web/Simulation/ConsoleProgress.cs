namespace Supervision.Web.Simulation;

/// <summary>
/// Shows simulation progress: a bar redrawn in place with <c>\r</c> on a terminal, or a plain line
/// every tenth of the way when the output is redirected to a file or pipe.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, bool redirected) : IProgress<SimulationProgress>
{
    private const int BarWidth = 30;
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private int _lastDecile = -1;
    private int _lastDay = -1;

    public void Report(SimulationProgress value)
    {
        if (value.DaysDone == _lastDay && value.DaysDone != value.DaysTotal)
        {
            return;
        }
        _lastDay = value.DaysDone;
        if (redirected)
        {
            var decile = value.DaysDone * 10 / Math.Max(1, value.DaysTotal);
            if (decile != _lastDecile)
            {
                _lastDecile = decile;
                output.WriteLine(Describe(value));
            }
            return;
        }
        var filled = value.DaysDone * BarWidth / Math.Max(1, value.DaysTotal);
        output.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {Describe(value)}   ");
        if (value.DaysDone == value.DaysTotal)
        {
            output.WriteLine();
        }
        output.Flush();
    }

    public static string Describe(SimulationProgress value) => string.Format(Chinese,
        "{0}/{1} 天，{2:N0} 个事件（新存储 {3:N0}），{4:N0} 事件/秒",
        value.DaysDone, value.DaysTotal, value.Events, value.Stored, value.EventsPerSecond);
}
