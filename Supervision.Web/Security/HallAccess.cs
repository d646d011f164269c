using Supervision.Web.Security.ApiKeys;

namespace Supervision.Web.Security;

/// <summary>
/// The access rules. Users: CountyAdmin and Inspector reach the county; Screen reaches the county
/// but only through the big screen (pages enforce that with <see cref="SupervisionPolicies.BigScreen"/>);
/// TownLeader reaches the one town in its <see cref="SupervisionClaims.Town"/> claim. API keys reach
/// data only with the <c>read</c> scope, limited to their town when they have one.
/// </summary>
public sealed class HallAccess : IAccessScope
{
    public const string CountyGroup = "county";
    public const string TownGroupPrefix = "town:";

    public static string TownGroup(string townCode) => TownGroupPrefix + townCode;

    public AccessReach Reach(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return AccessReach.None;
        }

        var town = principal.FindFirstValue(SupervisionClaims.Town);
        if (principal.Identity.AuthenticationType == ApiKeyDefaults.Scheme)
        {
            if (!principal.HasClaim(SupervisionClaims.ApiScope, SupervisionClaims.ScopeRead))
            {
                return AccessReach.None;
            }
            return town is null ? AccessReach.County : AccessReach.Town(town);
        }

        if (principal.IsInRole(SupervisionRoles.CountyAdmin) || principal.IsInRole(SupervisionRoles.Inspector) || principal.IsInRole(SupervisionRoles.Screen))
        {
            return AccessReach.County;
        }
        // A TownLeader without a town claim is a broken account: it sees nothing rather than everything.
        return principal.IsInRole(SupervisionRoles.TownLeader) && !string.IsNullOrEmpty(town)
            ? AccessReach.Town(town)
            : AccessReach.None;
    }

    public bool CanSeeCounty(ClaimsPrincipal principal) => Reach(principal).Kind == AccessReachKind.County;

    public bool CanSeeTown(ClaimsPrincipal principal, string townCode) => Reach(principal).Includes(townCode);

    public bool CanExport(ClaimsPrincipal principal, string? townCode)
    {
        if (IsApiKey(principal))
        {
            return false;
        }
        if (principal.IsInRole(SupervisionRoles.CountyAdmin) || principal.IsInRole(SupervisionRoles.Inspector))
        {
            return true;
        }
        return principal.IsInRole(SupervisionRoles.TownLeader) && townCode is not null && CanSeeTown(principal, townCode);
    }

    public bool CanAdminister(ClaimsPrincipal principal) =>
        !IsApiKey(principal) && principal.IsInRole(SupervisionRoles.CountyAdmin);

    public string HomePath(ClaimsPrincipal principal)
    {
        if (IsApiKey(principal))
        {
            return "/";
        }
        if (principal.IsInRole(SupervisionRoles.CountyAdmin) || principal.IsInRole(SupervisionRoles.Inspector))
        {
            return "/";
        }
        if (principal.IsInRole(SupervisionRoles.Screen))
        {
            return ScreenPath;
        }
        return Reach(principal) is { Kind: AccessReachKind.Town, TownCode: { } town } ? TownPath(town) : "/";
    }

    public const string ScreenPath = "/screen";

    public static string TownPath(string townCode) => "/towns/" + Uri.EscapeDataString(townCode);

    public bool CanJoinLiveGroup(ClaimsPrincipal principal, string group)
    {
        if (group == CountyGroup)
        {
            return CanSeeCounty(principal);
        }
        return group.StartsWith(TownGroupPrefix, StringComparison.Ordinal)
            && group.Length > TownGroupPrefix.Length
            && CanSeeTown(principal, group[TownGroupPrefix.Length..]);
    }

    private static bool IsApiKey(ClaimsPrincipal principal) =>
        principal.Identity?.AuthenticationType == ApiKeyDefaults.Scheme;
}
