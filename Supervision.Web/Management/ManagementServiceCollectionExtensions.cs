namespace Supervision.Web.Management;

public static class ManagementServiceCollectionExtensions
{
    /// <summary>
    /// The services the list pages change reference data through (scoped: they act for the circuit's user),
    /// the read cache's listener, and the accounts behind the management services' ports: <see cref="IManagementAccess"/> (CountyAdmin only)
    /// and <see cref="IManagementAudit"/> (the audit log, under the signed-in user's name). Needs <c>AddSupervisionSecurity</c>.
    /// </summary>
    public static IServiceCollection AddManagement(this IServiceCollection services)
    {
        services.AddScoped<ItemStationingService>();
        services.AddScoped<PilotProgressService>();
        services.AddSingleton<IReferenceDataListener, ReadReferenceCacheListener>();
        services.AddScoped<IManagementAccess, AccountManagementAccess>();
        services.AddScoped<IManagementAudit, AuditLogManagementAudit>();
        return services;
    }
}
