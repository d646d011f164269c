using Supervision.Web.Queries.Towns;

namespace Supervision.Web.Components.Pages.Towns;

public static class TownPagesServiceCollectionExtensions
{
    /// <summary>The hall page's own reads (<see cref="ITownDetailQueries"/>); needs <c>AddSupervisionData</c>.</summary>
    public static IServiceCollection AddTownPages(this IServiceCollection services)
    {
        services.AddSingleton<ITownDetailQueries, TownDetailQueries>();
        services.AddOptions<TownPageOptions>().BindConfiguration(TownPageOptions.Section);
        return services;
    }
}
