namespace Supervision.Web.Common;

/// <summary>The loop of a node that looks every few seconds for something another node saved.</summary>
internal static class PeriodicRefresh
{
    /// <summary>
    /// Runs <paramref name="tick"/> every <paramref name="seconds"/> (never when 0 or less) until stopped.
    /// A failed tick goes to <paramref name="failed"/> and the next one tries again: the database may be away for a moment.
    /// </summary>
    public static async Task RunAsync(
        int seconds, TimeProvider time, Func<CancellationToken, Task> tick, Action<Exception> failed, CancellationToken stoppingToken)
    {
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await tick(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed(e);
            }
        }
    }
}
