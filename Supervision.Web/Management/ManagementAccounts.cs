using Supervision.Web.Security;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Management;

/// <summary>Reference data (item stationing, pilot progress and evaluations) may be changed by whoever may administer: a CountyAdmin.</summary>
internal sealed class AccountManagementAccess(CurrentUser user, IAccessScope access) : IManagementAccess
{
    public async Task<bool> CanManageAsync(CancellationToken cancellationToken) =>
        access.CanAdminister(await user.PrincipalAsync());
}

/// <summary>Each reference data change goes to the audit log under the signed-in user's name.</summary>
internal sealed class AuditLogManagementAudit(CurrentUser user, IAuditLog log) : IManagementAudit
{
    public async Task RecordAsync(string action, string target, object details, CancellationToken cancellationToken) =>
        await log.WriteAsync(await user.ActorAsync(), action, target, details, cancellationToken);
}
