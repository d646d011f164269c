using Supervision.Web.Queries.Calendar;

namespace Supervision.Web.Calendar;

/// <summary>
/// Degraded while a year the deadlines need has no 放假安排 (<see cref="CalendarCoverage"/>): the app works,
/// but its deadlines there are provisional. Today is the app's clock (the simulator's in demo mode).
/// </summary>
internal sealed class CalendarHealthCheck(WorkingCalendarSource calendars, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = WorkingCalendar.LocalDate(time.GetUtcNow());
        var missing = CalendarCoverage.MissingYears(calendars.Current.KeptYears, today);
        return Task.FromResult(CalendarCoverage.Warning(missing) is { } warning
            ? HealthCheckResult.Degraded(warning)
            : HealthCheckResult.Healthy($"已录入 {today.Year} 年的节假日安排"));
    }
}
