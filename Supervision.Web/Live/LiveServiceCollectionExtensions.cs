using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The live layer: <see cref="ILiveNotifier"/> (a hosted singleton fed by ingestion commits and a
    /// 30-second timer), the alert feed, SignalR and the bridge to <c>/hubs/live</c>.
    /// Needs <c>AddIngestion</c> and <c>AddQueries</c>.
    /// </summary>
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<LiveFanout>();
        services.AddSingleton<LiveHubFeed>();
        services.TryAddSingleton<ILiveTickOwner, SingleNodeTickOwner>();
        services.AddSingleton<AlertFeed>();
        services.AddSingleton<LiveNotifier>();
        services.AddSingleton<ILiveNotifier>(sp => sp.GetRequiredService<LiveNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<LiveNotifier>());
        services.AddHostedService<LiveHubBridge>();
        return services;
    }

    /// <summary>Maps <c>/hubs/live</c> behind <see cref="SupervisionPolicies.ApiRead"/>: a refused caller gets 401/403 problem+json on negotiate.</summary>
    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<LiveHub>(ApiRoutes.LiveHub).RequireAuthorization(SupervisionPolicies.ApiRead);
        return endpoints;
    }
}
