using Supervision.Web.Hosting;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Common;

namespace Supervision.Web.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// The configurable settings: <see cref="SettingsStore"/> as the <see cref="ISettingsProvider"/>
    /// every consumer reads, and the <see cref="FigureCalculator"/> of the settings in force (resolve it
    /// per use; singletons read <see cref="ISettingsProvider.Current"/> instead). Needs <c>AddSupervisionData</c>
    /// and the audit log (<c>AddSupervisionSecurity</c>). Revisions saved on another node come into force
    /// here through <see cref="SettingsRefresher"/>.
    /// </summary>
    public static IServiceCollection AddSupervisionSettings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<ISettingsProvider>(sp => sp.GetRequiredService<SettingsStore>());
        services.AddTransient(sp => sp.GetRequiredService<ISettingsProvider>().Current.Calculator);
        services.AddValidatedOptions<SettingsRefreshOptions>(SettingsRefreshOptions.Section);
        services.AddSystemClock();
        services.AddHostedService<SettingsRefresher>();
        return services;
    }

    /// <summary>Loads the settings in force (seeding them on first run); call after the database is initialised.</summary>
    public static Task InitialiseSettingsAsync(this IHost app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<SettingsStore>().LoadAsync(cancellationToken);
}
