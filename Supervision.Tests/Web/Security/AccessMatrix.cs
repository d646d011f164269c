using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>
/// Who may use which surface. One row per surface, listing the principals allowed; everyone else
/// must be turned away (login redirect or 401 when not signed in, access-denied redirect or 403
/// otherwise). To cover a new page, API, hub group or export, add a row here.
/// </summary>
public static class AccessMatrix
{
    // Principals: the test accounts (see SecurityWebApplicationFactory.Accounts), real API keys (TestApiKeys) and nobody.
    public const string Anonymous = "anonymous";
    public const string CountyAdmin = "county-admin";
    public const string Inspector = "inspector";
    public const string LeaderNanma = "leader-nanma";
    public const string Screen = "screen";
    public const string KeyReadCounty = "key:" + TestApiKeys.ReadCounty;
    public const string KeyReadNanma = "key:" + TestApiKeys.ReadNanma;
    public const string KeyIngestNanma = "key:" + TestApiKeys.IngestNanma;

    public static readonly string[] Principals =
        [Anonymous, CountyAdmin, Inspector, LeaderNanma, Screen, KeyReadCounty, KeyReadNanma, KeyIngestNanma];

    private static readonly string[] Users = [CountyAdmin, Inspector, LeaderNanma, Screen];

    private const string Nanma = SecurityWebApplicationFactory.Nanma;
    private const string Lishan = SecurityWebApplicationFactory.Lishan;

    public static readonly Surface[] Surfaces =
    [
        new(SurfaceKind.Page, "/", Users),
        new(SurfaceKind.Page, "/admin/users", [CountyAdmin]),
        new(SurfaceKind.Page, "/admin/audit", [CountyAdmin]),
        new(SurfaceKind.Page, "/admin/apikeys", [CountyAdmin]),
        new(SurfaceKind.Page, "/admin/settings", [CountyAdmin]),
        new(SurfaceKind.Public, "/account/login", Principals),
        new(SurfaceKind.Public, "/healthz", Principals),

        new(SurfaceKind.Api, "/api/v1/towns", [.. Users, KeyReadCounty, KeyReadNanma]),
        new(SurfaceKind.Api, "/api/v1/settings", [.. Users, KeyReadCounty, KeyReadNanma]),
        new(SurfaceKind.Api, $"/api/v1/towns/{Nanma}", [.. Users, KeyReadCounty, KeyReadNanma]),
        new(SurfaceKind.Api, $"/api/v1/towns/{Lishan}", [CountyAdmin, Inspector, Screen, KeyReadCounty]),

        new(SurfaceKind.HubGroup, "county", [CountyAdmin, Inspector, Screen, KeyReadCounty]),
        new(SurfaceKind.HubGroup, $"town:{Nanma}", [CountyAdmin, Inspector, Screen, LeaderNanma, KeyReadCounty, KeyReadNanma]),
        new(SurfaceKind.HubGroup, $"town:{Lishan}", [CountyAdmin, Inspector, Screen, KeyReadCounty]),

        new(SurfaceKind.Export, "county", [CountyAdmin, Inspector]),
        new(SurfaceKind.Export, Nanma, [CountyAdmin, Inspector, LeaderNanma]),
        new(SurfaceKind.Export, Lishan, [CountyAdmin, Inspector]),
    ];

    public static IEnumerable<object[]> Cases() =>
        from surface in Surfaces
        from principal in Principals
        select new object[] { principal, surface.Kind.ToString(), surface.Target, surface.Allowed.Contains(principal) };
}

public enum SurfaceKind
{
    /// <summary>A dashboard page: GET, HTML.</summary>
    Page,

    /// <summary>Open to everybody (sign-in page, health check).</summary>
    Public,

    /// <summary>A JSON API: GET, problem+json when refused.</summary>
    Api,

    /// <summary>A live-hub group name, checked with IAccessScope.CanJoinLiveGroup.</summary>
    HubGroup,

    /// <summary>An export scope (<c>county</c> or a town code), checked with IAccessScope.CanExport.</summary>
    Export,
}

public sealed record Surface(SurfaceKind Kind, string Target, string[] Allowed);
