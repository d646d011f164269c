using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Web.Queries.Api;

namespace Supervision.Web.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The live layer: <see cref="ILiveNotifier"/> (a hosted singleton fed by ingestion commits and a
    /// 30-second timer), the alert feed, SignalR and the bridge to <c>/hubs/live</c>.
    /// Needs <c>AddIngestion</c> and <c>AddFigureQueries</c>.
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

    /// <summary>Maps <c>/hubs/live</c>; connections without a read key are refused by <see cref="ReadAccess"/>.</summary>
    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder endpoints)
    {
        // ReadAccess decides who may connect (keys or signed-in users), so the cookie-only fallback policy must not.
        endpoints.MapHub<LiveHub>(LiveHub.Path).AllowAnonymous().Add(endpoint =>
        {
            // Wraps both the negotiate and the connection endpoints, so a refused caller gets a 401/403 problem, not a hub.
            var inner = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = async http =>
            {
                var access = http.RequestServices.GetRequiredService<ReadAccess>();
                var result = await access.AuthorizeAsync(http, http.RequestAborted);
                if (result.Denied is not null)
                {
                    await result.Denied.ExecuteAsync(http);
                    return;
                }
                await inner(http);
            };
        });
        return endpoints;
    }
}
