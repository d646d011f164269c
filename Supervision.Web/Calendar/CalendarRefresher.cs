using Supervision.Web.Common;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Settings;

namespace Supervision.Web.Calendar;

/// <summary>
/// Puts a calendar saved on another node (or by the <c>calendar import</c> verb) in force here within
/// <see cref="SettingsRefreshOptions.RefreshSeconds"/> of the real clock (<see cref="SystemClock"/>), the interval
/// settings use, by reading the Holidays table.
/// </summary>
internal sealed class CalendarRefresher(
    WorkingCalendarSource calendars, IOptions<SettingsRefreshOptions> options, [FromKeyedServices(SystemClock.Key)] TimeProvider time, ILogger<CalendarRefresher> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicRefresh.RunAsync(
        options.Value.RefreshSeconds, time,
        async ct =>
        {
            if (await calendars.RefreshAsync(ct))
            {
                logger.LogInformation("节假日安排已更新，新的工作日历已生效。");
            }
        },
        e => logger.LogWarning(e, "检查节假日安排更新失败，沿用当前工作日历。"),
        stoppingToken);
}
