using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Domain.Figures;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Live;
using Supervision.Web.Queries.Reference;

namespace Supervision.Web.Queries;

public static class QueriesServiceCollectionExtensions
{
    /// <summary>
    /// The read side: <see cref="IFigureQueries"/>, the cached reference data and the figures shared by
    /// open dashboards (<see cref="SharedFigureCache"/>). Weights and targets
    /// come from the settings in force. Needs <c>AddSupervisionData</c> and <c>AddSupervisionSettings</c>.
    /// </summary>
    public static IServiceCollection AddFigureQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReadReferenceCache>();
        services.AddSingleton<TownListReader>();
        services.TryAddSingleton<ReferenceNamesReader>();
        services.AddSingleton<LiveStateReader>();
        services.AddSingleton<PeriodRollupCache>();
        services.AddSingleton<IFigureQueries, FigureQueries>();
        services.AddSingleton<SharedFigureCache>();
        return services;
    }
}
