using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>
/// Who may use which surface. One row per surface, listing the principals allowed; everyone else
/// must be turned away: pages send strangers to the login page and signed-in users to the access-denied
/// page (403); APIs and the hub answer 401 (not signed in, or a key where only users are served) or 403
/// problem+json; a refused hub group join throws. To cover a new page, API, hub group or export, add a row here.
/// In particular 南麻街道's leader and key must not reach 历山街道 by page URL, query, hub group or export parameter.
/// </summary>
public static class AccessMatrix
{
    // Principals: the test accounts (see SupervisionWebApplicationFactory.Accounts), real API keys (TestApiKeys) and nobody.
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
    private static readonly string[] County = [CountyAdmin, Inspector];
    private static readonly string[] CountyAndNanma = [CountyAdmin, Inspector, LeaderNanma];
    private static readonly string[] CountyReaders = [CountyAdmin, Inspector, Screen, KeyReadCounty];
    private static readonly string[] Readers = [.. Users, KeyReadCounty, KeyReadNanma];

    private const string Nanma = SupervisionWebApplicationFactory.Nanma;
    private const string Lishan = SupervisionWebApplicationFactory.Lishan;
    private const string Month = "period=2020-06";

    /// <summary>Stands for the download address of a bulletin the fixture issues before the matrix runs.</summary>
    public const string IssuedBulletin = "{issued-bulletin}";

    public static readonly Surface[] Surfaces =
    [
        new(SurfaceKind.Page, "/", County),
        new(SurfaceKind.Page, "/items", County),
        // The lists a town leader follows the figures into: bound to their own town, another town in the address refused.
        new(SurfaceKind.Page, "/cases", CountyAndNanma),
        new(SurfaceKind.Page, $"/cases?town={Nanma}", CountyAndNanma),
        new(SurfaceKind.Page, $"/cases?town={Lishan}", County),
        new(SurfaceKind.Page, "/reviews", CountyAndNanma),
        new(SurfaceKind.Page, $"/reviews?scope=town:{Lishan}", County),
        new(SurfaceKind.Page, "/complaints", CountyAndNanma),
        new(SurfaceKind.Page, $"/complaints?scope=town:{Lishan}", County),
        new(SurfaceKind.Page, "/staff", CountyAndNanma),
        new(SurfaceKind.Page, $"/staff?scope=town:{Lishan}", County),
        new(SurfaceKind.Page, $"/staff/{Nanma}-S01", CountyAndNanma),
        new(SurfaceKind.Page, $"/towns/{Nanma}/meeting?period=2020-W24", CountyAndNanma),
        new(SurfaceKind.Page, $"/towns/{Lishan}/meeting?period=2020-W24", County),
        new(SurfaceKind.Page, "/pilot", County),
        new(SurfaceKind.Page, "/data-quality", County),
        new(SurfaceKind.Page, "/bulletins", County),
        new(SurfaceKind.Page, "/screen", [CountyAdmin, Inspector, Screen]),
        new(SurfaceKind.Page, "/metrics", CountyAndNanma),
        new(SurfaceKind.Page, $"/towns/{Nanma}", CountyAndNanma),
        new(SurfaceKind.Page, $"/towns/{Lishan}", County),
        new(SurfaceKind.Page, $"/towns/{Nanma}?town={Lishan}", County),
        new(SurfaceKind.Page, $"/metrics?scope=town:{Lishan}", County),
        new(SurfaceKind.Page, $"/cases/{Nanma}/NO-SUCH-CASE", CountyAndNanma),
        new(SurfaceKind.Page, $"/cases/{Lishan}/NO-SUCH-CASE", County),
        new(SurfaceKind.Page, "/orders", County),
        new(SurfaceKind.Page, "/orders/new", County),
        new(SurfaceKind.Page, $"/towns/{Nanma}/orders", CountyAndNanma),
        new(SurfaceKind.Page, $"/towns/{Lishan}/orders", County),
        new(SurfaceKind.Page, $"/towns/{Nanma}/orders/999999", CountyAndNanma),
        new(SurfaceKind.Page, $"/towns/{Lishan}/orders/999999", County),
        new(SurfaceKind.Page, "/admin/users", [CountyAdmin]),
        new(SurfaceKind.Page, "/admin/audit", [CountyAdmin]),
        new(SurfaceKind.Page, "/admin/apikeys", [CountyAdmin]),
        new(SurfaceKind.Page, "/admin/settings", [CountyAdmin]),
        new(SurfaceKind.Page, ApiRoutes.OpenApiV1, [CountyAdmin]),
        new(SurfaceKind.Page, ApiRoutes.ApiReferencePage, [CountyAdmin]),
        new(SurfaceKind.Public, "/account/login", Principals),
        new(SurfaceKind.Public, "/healthz", Principals),

        new(SurfaceKind.Api, "/api/v1/towns", Readers),
        new(SurfaceKind.Api, "/api/v1/settings", Readers),
        new(SurfaceKind.Api, $"/api/v1/towns/{Nanma}", Readers),
        new(SurfaceKind.Api, $"/api/v1/towns/{Lishan}", CountyReaders),
        new(SurfaceKind.Api, $"/api/v1/towns/{Nanma}/live", Readers),
        new(SurfaceKind.Api, $"/api/v1/towns/{Lishan}/live", CountyReaders),
        new(SurfaceKind.Api, $"/api/v1/figures?{Month}", Readers),
        new(SurfaceKind.Api, $"/api/v1/figures?scope=county&{Month}", CountyReaders),
        new(SurfaceKind.Api, $"/api/v1/figures?scope=town:{Nanma}&{Month}", Readers),
        new(SurfaceKind.Api, $"/api/v1/figures?scope=town:{Lishan}&{Month}", CountyReaders),
        new(SurfaceKind.Api, $"/api/v1/figures?scope=staff:{Nanma}-S01&{Month}", Readers),
        new(SurfaceKind.Api, "/api/v1/cases", Readers),
        new(SurfaceKind.Api, $"/api/v1/cases?town={Nanma}", Readers),
        new(SurfaceKind.Api, $"/api/v1/cases?town={Lishan}", CountyReaders),
        new(SurfaceKind.Export, "/api/v1/orders", CountyAndNanma),
        new(SurfaceKind.Export, $"/api/v1/orders?town={Lishan}", County),

        new(SurfaceKind.HubGroup, "county", CountyReaders),
        new(SurfaceKind.HubGroup, $"town:{Nanma}", Readers),
        new(SurfaceKind.HubGroup, $"town:{Lishan}", CountyReaders),

        new(SurfaceKind.Export, $"/api/v1/exports/cases.xlsx?{Month}", County),
        new(SurfaceKind.Export, $"/api/v1/exports/cases.xlsx?town={Nanma}&{Month}", CountyAndNanma),
        new(SurfaceKind.Export, $"/api/v1/exports/cases.xlsx?town={Lishan}&{Month}", County),
        new(SurfaceKind.Export, $"/api/v1/exports/reviews.xlsx?town={Nanma}&{Month}", CountyAndNanma),
        new(SurfaceKind.Export, $"/api/v1/exports/reviews.xlsx?town={Lishan}&{Month}", County),
        new(SurfaceKind.Export, $"/api/v1/exports/complaints.xlsx?town={Lishan}&{Month}", County),
        new(SurfaceKind.Export, $"/api/v1/exports/staff.xlsx?town={Nanma}&{Month}", CountyAndNanma),
        new(SurfaceKind.Export, $"/api/v1/exports/staff.xlsx?town={Lishan}&{Month}", County),
        new(SurfaceKind.Export, $"/api/v1/exports/ranking.xlsx?{Month}", County),
        new(SurfaceKind.Export, $"/api/v1/exports/meeting-pack/{Nanma}.xlsx?period=2020-W24", CountyAndNanma),
        new(SurfaceKind.Export, $"/api/v1/exports/meeting-pack/{Lishan}.xlsx?period=2020-W24", County),
        new(SurfaceKind.Export, "/api/v1/bulletins", County),
        new(SurfaceKind.Export, IssuedBulletin, County),
    ];

    public static IEnumerable<object[]> Cases() =>
        from surface in Surfaces
        from principal in Principals
        select new object[] { principal, surface.Kind.ToString(), surface.Target, surface.Allowed.Contains(principal) };
}

public enum SurfaceKind
{
    /// <summary>A dashboard page: GET of the prerendered HTML.</summary>
    Page,

    /// <summary>Open to everybody (sign-in page, health check).</summary>
    Public,

    /// <summary>A JSON read API: GET, problem+json when refused. Keys and signed-in users.</summary>
    Api,

    /// <summary>A live-hub group (<c>county</c> or <c>town:{code}</c>), joined over a real /hubs/live connection.</summary>
    HubGroup,

    /// <summary>An export or bulletin download: GET, problem+json when refused. Signed-in users only, never keys.</summary>
    Export,
}

public sealed record Surface(SurfaceKind Kind, string Target, string[] Allowed);
