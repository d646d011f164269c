namespace Supervision.Web.Security;

/// <summary>The four roles. A user has exactly one.</summary>
public static class SupervisionRoles
{
    /// <summary>县局管理员: everything, including accounts, keys, configuration and the audit log.</summary>
    public const string CountyAdmin = "CountyAdmin";

    /// <summary>督查员: every hall and the county, exports and bulletins; no administration.</summary>
    public const string Inspector = "Inspector";

    /// <summary>镇街领导: one town only (claim <see cref="SupervisionClaims.Town"/>), its exports included.</summary>
    public const string TownLeader = "TownLeader";

    /// <summary>大屏: the county big screen only, on a long-lived session.</summary>
    public const string Screen = "Screen";

    public static IReadOnlyList<string> All { get; } = [CountyAdmin, Inspector, TownLeader, Screen];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    public static string ChineseName(string role) => role switch
    {
        CountyAdmin => "县局管理员",
        Inspector => "督查员",
        TownLeader => "镇街领导",
        Screen => "大屏",
        _ => role,
    };
}
