using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Web.Cli;
using Supervision.Web.Data;

namespace Supervision.Web.Simulation;

public static class SimulationServiceCollectionExtensions
{
    /// <summary>
    /// The hall simulator: the <c>simulate</c> CLI verb (always), and, when <c>Simulator:Enabled</c>
    /// (default: on for SQLite, off for PostgreSQL), the live feed, its backfill and the
    /// <see cref="SimulationClock"/> as the app's <see cref="TimeProvider"/>. <see cref="ISimulationStatus"/>
    /// is always available for the layout. Needs <c>AddSupervisionData</c> and <c>AddIngestion</c>.
    /// </summary>
    /// <remarks>
    /// Settings are read when first resolved, so test hosts can still override them (set
    /// <c>Simulator:Enabled=false</c> in integration tests that must not get simulated traffic).
    /// </remarks>
    public static IServiceCollection AddHallSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp =>
        {
            var options = configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();
            var enabled = options.Enabled ?? sp.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite;
            return new SimulatorRuntime(options, enabled);
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<SimulatorRuntime>().Options;
            return new SimulationClock(TimeProvider.System, options.Start, options.Speed);
        });

        // Whatever registered a TimeProvider before (or registers one with TryAdd after), the app
        // runs on simulated time while the simulator is on.
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<SimulatorRuntime>().Enabled
            ? sp.GetRequiredService<SimulationClock>()
            : System);

        services.AddSingleton<ISimulationStatus, SimulationStatus>();
        services.AddSingleton<PilotProgressSimulation>();
        services.AddSingleton<SimulationSource>();
        services.AddSingleton<SimulationPublisher>();
        services.AddHostedService<SimulatorHostedService>();
        services.AddCliCommand<SimulateCommand>();
        return services;
    }

    private static TimeProvider System => TimeProvider.System;
}
