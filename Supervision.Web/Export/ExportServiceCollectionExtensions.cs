using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Web.Cli;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Export.Tables;

namespace Supervision.Web.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Bulletins (通报: content, workbook, numbering, the <c>bulletin</c> CLI verb) and table exports.
    /// Needs <c>AddSupervisionData</c> and <c>AddFigureQueries</c>. <see cref="IExportAccess"/> and
    /// <see cref="IExportAudit"/> are only added if nobody registered them first, so the accounts area
    /// can plug in its rules and its audit log.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IExportAccess, OpenExportAccess>();
        services.TryAddSingleton<IExportAudit, LoggingExportAudit>();
        services.AddSingleton<BulletinContentLoader>();
        services.AddSingleton<BulletinService>();
        services.AddSingleton<TableExports>();
        services.AddCliCommand<BulletinCommand>();
        return services;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBulletins();
        endpoints.MapTableExports();
        return endpoints;
    }
}
