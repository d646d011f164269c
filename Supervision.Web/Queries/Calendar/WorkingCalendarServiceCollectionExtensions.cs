using Supervision.Domain.Calendar;
using Supervision.Web.Common;

namespace Supervision.Web.Queries.Calendar;

public static class WorkingCalendarServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="WorkingCalendar"/> in force (<see cref="WorkingCalendarSource"/>, from the Holidays table)
    /// and the hall hours it uses. Needs <c>AddSupervisionData</c>. The calendar is built on first use.
    /// </summary>
    /// <remarks>
    /// Configuration is read when the services are first resolved, not here, so that test hosts
    /// (WebApplicationFactory) can still override it after Program.cs has run.
    /// </remarks>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => HallHoursConfiguration.FromConfiguration(configuration));
        services.AddSingleton<WorkingCalendarSource>();
        // Per resolution: a page or request sees the calendar in force when it starts.
        services.AddTransient(sp => sp.GetRequiredService<WorkingCalendarSource>().Current);
        return services;
    }
}
