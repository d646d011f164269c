using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Supervision.Domain.Figures;
using Supervision.Web.Queries.Api;

namespace Supervision.Web.Queries;

public static class QueriesServiceCollectionExtensions
{
    /// <summary>
    /// The read side: <see cref="IFigureQueries"/>, the <see cref="FigureCalculator"/> with weights and
    /// targets from <c>Figures:ScoreWeights</c>, <c>Figures:StaffScoreWeights</c> and <c>Figures:Targets</c>,
    /// and the cached reference data. Needs <c>AddSupervisionData</c>.
    /// </summary>
    public static IServiceCollection AddFigureQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ScoreWeights>().BindConfiguration(ScoreWeights.SectionName);
        services.AddOptions<StaffScoreWeights>().BindConfiguration(StaffScoreWeights.SectionName);
        services.AddOptions<FigureTargets>().BindConfiguration(FigureTargets.SectionName);
        services.TryAddSingleton(sp => new FigureCalculator(
            sp.GetRequiredService<IOptions<ScoreWeights>>().Value,
            sp.GetRequiredService<IOptions<StaffScoreWeights>>().Value,
            sp.GetRequiredService<IOptions<FigureTargets>>().Value));
        services.AddSingleton<ReadReferenceCache>();
        services.AddSingleton<LiveStateReader>();
        services.AddSingleton<PeriodRollupCache>();
        services.AddSingleton<IFigureQueries, FigureQueries>();
        services.AddSingleton<ReadAccess>();
        return services;
    }
}
