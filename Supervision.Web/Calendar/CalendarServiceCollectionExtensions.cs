using Supervision.Web.Cli;

namespace Supervision.Web.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// The kept holiday calendar: its administration (<c>calendar</c> verb, 节假日安排 page), the
    /// recalculation after a change, the refresh from other nodes and the <c>calendar</c> health check.
    /// Needs <c>AddSupervisionData</c>, <c>AddIngestion</c> and <c>AddSupervisionSettings</c>.
    /// </summary>
    public static IServiceCollection AddHolidayCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarRecalculation>();
        services.AddSingleton<HolidayCalendarService>();
        services.AddHostedService<CalendarRefresher>();
        services.AddCliCommand<CalendarCommand>();
        services.AddHealthChecks().AddCheck<CalendarHealthCheck>("calendar");
        return services;
    }
}
