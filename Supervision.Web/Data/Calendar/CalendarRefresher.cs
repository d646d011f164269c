using Microsoft.Extensions.Options;
using Supervision.Web.Settings;

namespace Supervision.Web.Data.Calendar;

/// <summary>
/// Puts a calendar saved on another node (or by the <c>calendar import</c> verb) in force here within
/// <see cref="SettingsRefreshOptions.RefreshSeconds"/>, the interval settings use, by reading the Holidays table.
/// </summary>
internal sealed class CalendarRefresher(
    WorkingCalendarSource calendars, IOptions<SettingsRefreshOptions> options, TimeProvider time, ILogger<CalendarRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshSeconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await calendars.RefreshAsync(stoppingToken))
                {
                    logger.LogInformation("节假日安排已更新，新的工作日历已生效。");
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; the calendar in force stays, and the next tick tries again.
                logger.LogWarning(e, "检查节假日安排更新失败，沿用当前工作日历。");
            }
        }
    }
}
