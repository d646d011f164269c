using Supervision.Web.Security.Audit;

namespace Supervision.Web.Management;

/// <summary>
/// Where the management services report each change they made (who is left to the implementation,
/// which knows the signed-in user). The accounts area writes them to the audit log.
/// </summary>
public interface IManagementAudit
{
    /// <param name="action">A stable action name, see <see cref="ManagementActions"/>.</param>
    /// <param name="target">What was changed, e.g. <c>370323001/ITEM-001</c>.</param>
    /// <param name="details">The values written, serialised by the implementation.</param>
    Task RecordAsync(string action, string target, object details, CancellationToken cancellationToken);
}

/// <summary>
/// Told after reference data changed, so caches that hold it (the read side's hall item history)
/// reload instead of serving the old state until they expire.
/// </summary>
public interface IReferenceDataListener
{
    void ReferenceDataChanged();
}
