namespace Supervision.Web.Management;

/// <summary>
/// The one place that answers “may the current user change reference data” (a hall's stationed
/// items, pilot progress, acceptance evaluations) — a 县局管理员 (CountyAdmin) decision. Pages ask it to
/// show or hide edit controls and the management services ask it again before writing, so swapping
/// the accounts area (AddSupervisionSecurity) registers the one implementation.
/// </summary>
public interface IManagementAccess
{
    Task<bool> CanManageAsync(CancellationToken cancellationToken);
}

/// <summary>The current user may not change reference data.</summary>
public sealed class ManagementDeniedException() : Exception("只有县局管理员可以修改事项进驻、试点进度和验收评价。");
