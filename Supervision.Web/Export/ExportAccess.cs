using System.Security.Claims;

namespace Supervision.Web.Export;

/// <summary>
/// The one check of who may export or issue bulletins, for a town or (town null) the whole county.
/// Bulletins are county-wide, so a TownLeader asking for one is refused (403). Until accounts
/// exist the app has no users and no roles, so the default rule lets every caller export; the
/// accounts area replaces it with one that asks its <c>IAccessScope.CanExport</c>.
/// </summary>
public interface IExportAccess
{
    bool CanExport(ClaimsPrincipal user, string? townCode);
}

internal sealed class OpenExportAccess : IExportAccess
{
    public bool CanExport(ClaimsPrincipal user, string? townCode) => true;
}
