using Microsoft.AspNetCore.Identity;

namespace Supervision.Web.Data.Entities;

/// <summary>
/// A person (or big-screen terminal) that signs in. The role is an Identity role
/// (<see cref="SupervisionRoles"/>); a TownLeader is bound to exactly one town through <see cref="TownCode"/>,
/// which becomes the <see cref="SupervisionClaims.Town"/> claim.
/// </summary>
public sealed class SupervisionUser : IdentityUser
{
    /// <summary>Name shown in the app bar and in the audit log, e.g. 张三.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The town a TownLeader sees; null for every other role.</summary>
    public string? TownCode { get; set; }

    /// <summary>A disabled account cannot sign in and its open sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
