using Supervision.Web.Security;

namespace Supervision.Web.Components.Shared;

/// <summary>
/// The town a list is bound to for a town-bound principal (a 镇街领导): such a user reaches the case,
/// review, complaint and staff lists through <see cref="SupervisionPolicies.TownView"/>, which refuses a
/// town in the address outside their reach; a list opened without a town shows their own town only.
/// </summary>
public static class TownBinding
{
    /// <summary>The principal's own town, or null for county reach.</summary>
    public static async Task<string?> BoundTownAsync(CurrentUser user, IAccessScope access)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(access);
        return access.Reach(await user.PrincipalAsync()) is { Kind: AccessReachKind.Town, TownCode: { } town } ? town : null;
    }
}
