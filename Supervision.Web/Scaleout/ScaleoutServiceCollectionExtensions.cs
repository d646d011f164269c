using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Supervision.Web.Common;
using Supervision.Web.Live;

namespace Supervision.Web.Scaleout;

public static class ScaleoutServiceCollectionExtensions
{
    /// <summary>
    /// Several nodes: when Redis is configured (<see cref="RedisConnectionOptions"/>, checked at start), commits and order changes are relayed between
    /// nodes over Redis pub/sub, <c>/hubs/live</c> gets the Redis backplane and <c>/healthz</c> a Redis check.
    /// The backplane is registered for <see cref="LiveHub"/> only: Blazor's circuits keep the in-memory
    /// lifetime manager, so a Redis outage cannot stall them (dotnet/aspnetcore#58971).
    /// Without Redis nothing is registered. Call after <c>AddLive</c>.
    /// </summary>
    public static IServiceCollection AddScaleout(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RedisConnectionOptions>(RedisConnectionOptions.Section).Configure<IConfiguration>((options, values) =>
            options.ConnectionString = values.GetConnectionString("Redis"));
        // Whether there is Redis at all decides what is registered, so it is read now.
        if (RedisConnectionOptions.Read(configuration).ToSettings() is not { } settings)
        {
            return services;
        }

        services.AddSingleton(settings);
        services.AddSingleton<RedisConnection>();

        services.AddOptions<RedisOptions>().Configure<RedisConnection>((options, redis) =>
        {
            options.Configuration = settings.ToOptions();
            options.ConnectionFactory = async _ => await redis.GetAsync();
        });
        // A closed generic for our hub only; AddSignalR's open-generic default still serves every other hub.
        // Created inside the guard, so the container disposes the guard only and Redis cannot fail the shutdown.
        services.AddSingleton<HubLifetimeManager<LiveHub>>(sp => new ShutdownSafeHubLifetimeManager<LiveHub>(
            ActivatorUtilities.CreateInstance<RedisHubLifetimeManager<LiveHub>>(sp),
            sp.GetRequiredService<ILogger<ShutdownSafeHubLifetimeManager<LiveHub>>>()));

        services.AddHostedService<RedisLiveRelay>();
        services.AddHostedService<RedisOrderRelay>();
        services.AddSingleton<RedisTickLease>();
        services.AddSingleton<ILiveTickOwner>(sp => sp.GetRequiredService<RedisTickLease>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisTickLease>());

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, tags: ["ready"]);
        return services;
    }
}
