namespace Supervision.Web.Management;

public static class ManagementServiceCollectionExtensions
{
    /// <summary>
    /// The accounts behind the management services' ports: <see cref="IManagementAccess"/> (CountyAdmin only)
    /// and <see cref="IManagementAudit"/> (the audit log, under the signed-in user's name). Needs <c>AddSupervisionSecurity</c>.
    /// </summary>
    public static IServiceCollection AddManagement(this IServiceCollection services)
    {
        services.AddScoped<IManagementAccess, AccountManagementAccess>();
        services.AddScoped<IManagementAudit, AuditLogManagementAudit>();
        return services;
    }
}
