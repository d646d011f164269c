namespace Supervision.Web.Routing;

/// <summary>
/// Every HTTP route the app maps outside its Razor pages, one constant each. Endpoint mappings, the
/// middleware that treats a path specially (rate limits, problem+json, the key scheme, the CSP) and links
/// built in code all name the route here, so a route is changed in one place.
/// Each constant is a whole path, so a reader finds a URL by searching for it; endpoints that share
/// conventions group them with <c>MapGroup("")</c>.
/// </summary>
public static class ApiRoutes
{
    /// <summary>Paths under it are for programs: status codes and problem+json, never a login redirect.</summary>
    public const string ApiPrefix = "/api";

    public const string Events = "/api/v1/events";

    public const string Figures = "/api/v1/figures";
    public const string Cases = "/api/v1/cases";

    public const string Towns = "/api/v1/towns";
    public const string Town = "/api/v1/towns/{town}";
    public const string TownLive = "/api/v1/towns/{code}/live";

    public const string Settings = "/api/v1/settings";

    public const string TableExport = "/api/v1/exports/{table}.xlsx";

    public const string Bulletins = "/api/v1/bulletins";
    public const string BulletinDownload = "/api/v1/bulletins/{year}/{number}.xlsx";
    public const string BulletinCorrection = "/api/v1/bulletins/{year}/{number}/correction";
    public const string BulletinWithdrawal = "/api/v1/bulletins/{year}/{number}/withdrawal";

    /// <summary>The download address of one issued bulletin (<see cref="BulletinDownload"/> filled in).</summary>
    public static string BulletinFile(int year, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Bulletins}/{year}/{number}.xlsx");

    /// <summary>SignalR hubs; callers are programs and the circuit, like <see cref="ApiPrefix"/>.</summary>
    public const string HubsPrefix = "/hubs";
    public const string LiveHub = "/hubs/live";

    public const string Health = "/healthz";

    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
    public const string Denied = "/account/denied";

    /// <summary>The OpenAPI document; <c>{documentName}</c> is <see cref="OpenApiDocumentName"/>.</summary>
    public const string OpenApiDocument = "/openapi/{documentName}.json";
    public const string OpenApiDocumentName = "v1";
    public const string OpenApiV1 = "/openapi/v1.json";

    /// <summary>The interactive API reference page and its scripts live under this prefix.</summary>
    public const string ApiReference = "/api-reference";

    /// <summary>The page itself (<see cref="ApiReference"/> redirects here).</summary>
    public const string ApiReferencePage = ApiReference + "/";
}
