using Supervision.Web.Cli;
using Supervision.Web.Common;
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
    /// Settings (<see cref="SimulatorOptions"/>) are bound when first resolved and checked at start, so test hosts
    /// can still override them (set <c>Simulator:Enabled=false</c> in integration tests that must not get simulated traffic).
    /// </remarks>
    public static IServiceCollection AddHallSimulator(this IServiceCollection services)
    {
        services.AddValidatedOptions<SimulatorOptions>(SimulatorOptions.Section);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SimulatorOptions>>().Value;
            return new SimulatorRuntime(options, options.IsEnabled(sp.GetRequiredService<DatabaseSettings>().Provider));
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<SimulatorRuntime>().Options;
            return new SimulationClock(TimeProvider.System, options.Start, options.Speed);
        });

        // Whatever registered a TimeProvider before (or registers one with TryAdd after), the app
        // runs on simulated time while the simulator is on.
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(SimulatedOrReal);

        services.AddSingleton<ISimulationStatus, SimulationStatus>();
        services.AddSingleton<PilotProgressSimulation>();
        services.AddSingleton<SimulationSource>();
        services.AddSingleton<SimulationPublisher>();
        services.AddHostedService<SimulatorHostedService>();
        services.AddCliCommand<SimulateCommand>();
        return services;
    }

    private static TimeProvider System => TimeProvider.System;

    private static TimeProvider SimulatedOrReal(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<SimulatorRuntime>().Enabled ? services.GetRequiredService<SimulationClock>() : System;
        }
        catch (OptionsValidationException)
        {
            // Kestrel asks for the clock while the app is built, before every setting is checked at once
            // (ValidatedOptions.ValidateAtStart); that check stops the start, so this clock never runs the app.
            return System;
        }
    }
}
