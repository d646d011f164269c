namespace Supervision.Web.Common;

/// <summary>
/// The real clock for intervals of the machine itself, such as how often a node polls the database for what
/// another node saved. The app's own <see cref="TimeProvider"/> is the simulator's clock in demo mode, which
/// may run 60 times faster or stand still; polling on it would hammer the database or never happen.
/// Consumers take <c>[FromKeyedServices(SystemClock.Key)] TimeProvider</c>; tests replace it with a fake clock.
/// </summary>
public static class SystemClock
{
    public const string Key = "system";

    public static IServiceCollection AddSystemClock(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(Key, TimeProvider.System);
        return services;
    }
}
