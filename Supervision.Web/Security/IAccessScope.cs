namespace Supervision.Web.Security;

/// <summary>
/// The one answer to “may this principal see …”, for users (cookie) and API keys alike. Pages, APIs,
/// the live hub and exports ask it instead of testing roles themselves, so the rules live in
/// <see cref="HallAccess"/> only.
/// </summary>
public interface IAccessScope
{
    /// <summary>What the principal may read: the whole county, one town, or nothing.</summary>
    AccessReach Reach(ClaimsPrincipal principal);

    /// <summary>County-wide figures, rankings and every hall.</summary>
    bool CanSeeCounty(ClaimsPrincipal principal);

    /// <summary>One hall's data. True for county reach and for the principal's own town.</summary>
    bool CanSeeTown(ClaimsPrincipal principal, string townCode);

    /// <summary>Exports and bulletins for a town, or for the county when <paramref name="townCode"/> is null.</summary>
    bool CanExport(ClaimsPrincipal principal, string? townCode);

    /// <summary>Accounts, API keys, configuration and the audit log.</summary>
    bool CanAdminister(ClaimsPrincipal principal);

    /// <summary>
    /// Where the principal starts: the county overview, a TownLeader's own town page, or the big
    /// screen for the Screen role — the pages they can open without a redirect to “无权访问”.
    /// </summary>
    string HomePath(ClaimsPrincipal principal);

    /// <summary>Whether a live-hub connection may join <paramref name="group"/> (<c>county</c> or <c>town:{code}</c>).</summary>
    bool CanJoinLiveGroup(ClaimsPrincipal principal, string group);
}

/// <summary>What a principal may read. <see cref="TownCode"/> is set only for a one-town reach.</summary>
public sealed record AccessReach(AccessReachKind Kind, string? TownCode)
{
    public static AccessReach None { get; } = new(AccessReachKind.None, null);
    public static AccessReach County { get; } = new(AccessReachKind.County, null);

    public static AccessReach Town(string code) => new(AccessReachKind.Town, code);

    public bool Includes(string townCode) => Kind == AccessReachKind.County || (Kind == AccessReachKind.Town && TownCode == townCode);
}

public enum AccessReachKind
{
    None = 0,
    Town = 1,
    County = 2,
}
