using Supervision.Web.Cli;
using Supervision.Web.Data.Stores;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Export.Tables;

namespace Supervision.Web.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Bulletins (通报: content, workbook, numbering, the <c>bulletin</c> CLI verb) and table exports.
    /// Needs <c>AddSupervisionData</c>, <c>AddQueries</c> and <c>AddSupervisionSecurity</c>
    /// (access rules and the audit log behind <see cref="IExportAccess"/> and <see cref="IExportAudit"/>).
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IExportAccess, ScopeExportAccess>();
        services.AddSingleton<IExportAudit, AuditLogExportAudit>();
        services.AddSingleton<IssuedBulletinStore>();
        services.AddSingleton<OrderBulletinReader>();
        services.AddSingleton<BulletinContentLoader>();
        services.AddSingleton<BulletinService>();
        services.AddSingleton<TableExports>();
        services.AddSingleton<ExportProgress>();
        services.AddCliCommand<BulletinCommand>();
        return services;
    }

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBulletinEndpoints();
        endpoints.MapTableExportEndpoints();
        return endpoints;
    }
}
