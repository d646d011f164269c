using Supervision.Web.Security;

namespace Supervision.Web.Orders;

/// <summary>
/// Who may do what with an order. The town itself is checked once for pages, the API and downloads by
/// <see cref="TownAccessRequirement"/> on the <c>{town}</c> route value; these answer the role part and
/// the services ask them again before every write.
/// </summary>
public sealed class OrderAccess(IAccessScope scope)
{
    /// <summary>Raise, return and close orders: 县局管理员 and 督查员.</summary>
    public static bool CanSupervise(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(SupervisionRoles.CountyAdmin) || user.IsInRole(SupervisionRoles.Inspector);
    }

    /// <summary>Sign for and answer an order: the 镇街领导 of its town only.</summary>
    public bool CanAnswer(ClaimsPrincipal user, string town)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(SupervisionRoles.TownLeader) && scope.CanSeeTown(user, town);
    }

    /// <summary>See an order and its evidence: the county's supervisors, and the leader of its town.</summary>
    public bool CanSee(ClaimsPrincipal user, string town) => (CanSupervise(user) && scope.CanSeeTown(user, town)) || CanAnswer(user, town);
}

/// <summary>The user may not do this with this order (403).</summary>
public sealed class OrderDeniedException(string message) : Exception(message);

/// <summary>No such order in that town, or no such evidence file on it (404).</summary>
public sealed class OrderNotFoundException(string message) : Exception(message);
