using Supervision.Web.Security;

namespace Supervision.Web.Export;

/// <summary>
/// The one check of who may export or issue bulletins, for a town or (town null) the whole county.
/// Bulletins are county-wide, so a TownLeader asking for one is refused (403); the rules themselves
/// are the accounts area's (<see cref="IAccessScope.CanExport"/>).
/// </summary>
public interface IExportAccess
{
    bool CanExport(ClaimsPrincipal user, string? townCode);
}

internal sealed class ScopeExportAccess(IAccessScope scope) : IExportAccess
{
    public bool CanExport(ClaimsPrincipal user, string? townCode) => scope.CanExport(user, townCode);
}
