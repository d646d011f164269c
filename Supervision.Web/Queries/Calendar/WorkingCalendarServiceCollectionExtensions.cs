using Supervision.Web.Common;

namespace Supervision.Web.Queries.Calendar;

public static class WorkingCalendarServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="WorkingCalendar"/> in force (<see cref="WorkingCalendarSource"/>, from the Holidays table)
    /// and the hall hours it uses (<see cref="HallOptions"/>, checked at start). Needs <c>AddSupervisionData</c>.
    /// The calendar is built on first use.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.AddValidatedOptions<HallOptions>(HallOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<HallOptions>>().Value.ToHallHours());
        services.AddSingleton<WorkingCalendarSource>();
        // Per resolution: a page or request sees the calendar in force when it starts.
        services.AddTransient(sp => sp.GetRequiredService<WorkingCalendarSource>().Current);
        return services;
    }
}
