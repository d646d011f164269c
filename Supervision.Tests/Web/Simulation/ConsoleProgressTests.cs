namespace Supervision.Tests.Web.Simulation;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_on_one_line()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, redirected: false);

        progress.Report(new SimulationProgress(1, 4, 1000, 1000, TimeSpan.FromSeconds(2)));
        progress.Report(new SimulationProgress(2, 4, 2000, 2000, TimeSpan.FromSeconds(4)));

        var text = output.ToString();
        Assert.Equal(2, text.Count(c => c == '\r'));
        Assert.DoesNotContain('\n', text);
        Assert.Contains("2/4 天，2,000 个事件（新存储 2,000），500 事件/秒", text);
    }

    [Fact]
    public void When_redirected_progress_is_written_as_plain_lines_without_carriage_returns()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, redirected: true);

        for (var day = 1; day <= 20; day++)
        {
            progress.Report(new SimulationProgress(day, 20, day * 100, day * 100, TimeSpan.FromSeconds(day)));
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain('\r', output.ToString().Replace(Environment.NewLine, "\n"));
        Assert.Equal(11, lines.Length);
        Assert.Equal("20/20 天，2,000 个事件（新存储 2,000），100 事件/秒", lines[^1]);
    }
}
