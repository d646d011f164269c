using Supervision.Web.Cli;
using Supervision.Web.Data.Changes;
using Supervision.Web.Ingestion.Import;
using Supervision.Web.Ingestion.Projections;
using Supervision.Web.Security;
using Supervision.Web.Hosting;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Common;

namespace Supervision.Web.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The event store, the one ingestion path (<see cref="IEventIngestor"/>), its notifications,
    /// API keys, the history import, the start-up backfill of 提速率's promise-clock days, and the <c>apikey</c>, <c>projections</c> and <c>import</c> CLI verbs. Needs <c>AddSupervisionData</c>.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddValidatedOptions<IngestionOptions>(IngestionOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSecurityClock();

        services.AddSingleton<ReferenceCatalogCache>();
        services.AddSingleton<IngestionWriteLock>();
        services.AddSingleton<ProjectionWriter>();
        services.AddSingleton<ProjectionWorkingSet>();
        services.AddSingleton<ProjectionRebuilder>();
        services.AddSingleton<SubjectReprojector>();
        services.AddSingleton<PromiseClockBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<PromiseClockBackfill>());
        services.AddSingleton<IngestionNotifications>();
        services.AddSingleton<IIngestionNotifications>(sp => sp.GetRequiredService<IngestionNotifications>());
        services.AddSingleton<IEventIngestor, EventIngestor>();
        services.AddSingleton<HallDayGuard>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<CaseImporter>();

        services.AddCliCommand<ApiKeyCommand>();
        services.AddCliCommand<ProjectionsCommand>();
        services.AddCliCommand<ImportCommand>();
        return services;
    }
}
