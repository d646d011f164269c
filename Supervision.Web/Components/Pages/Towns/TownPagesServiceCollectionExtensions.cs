namespace Supervision.Web.Components.Pages.Towns;

public static class TownPagesServiceCollectionExtensions
{
    /// <summary>The hall page's options; its reads (<c>ITownDetailQueries</c>) come with <c>AddQueries</c>.</summary>
    public static IServiceCollection AddTownPages(this IServiceCollection services)
    {
        services.AddOptions<TownPageOptions>().BindConfiguration(TownPageOptions.Section);
        return services;
    }
}
