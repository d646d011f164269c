using Supervision.Web.Queries.ProcessingTimes;

namespace Supervision.Web.Queries.Trends;

public static class TrendsServiceCollectionExtensions
{
    /// <summary>
    /// The trends (<see cref="ITrendQueries"/>) and 办理时效 (<see cref="IProcessingTimes"/>) reads; need
    /// <c>AddFigureQueries</c>, <c>AddWorkingCalendar</c> and <c>AddSupervisionSettings</c>.
    /// </summary>
    public static IServiceCollection AddTrendQueries(this IServiceCollection services)
    {
        services.AddSingleton<ITrendQueries, TrendQueries>();
        services.AddSingleton<IProcessingTimes, ProcessingTimesReader>();
        return services;
    }
}
