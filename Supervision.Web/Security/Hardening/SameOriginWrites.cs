using Supervision.Web.Security.ApiKeys;

namespace Supervision.Web.Security.Hardening;

/// <summary>
/// Cross-site request forgery defence for everything a browser's sign-in cookie authenticates (JSON APIs,
/// sign-out, Blazor's own endpoints): an unsafe request (POST, PUT, PATCH, DELETE) that a browser says came
/// from another origin is refused with 403 problem+json before authentication runs.
/// <para>
/// Why the origin and not an antiforgery token: browsers state the origin of every request themselves
/// (<c>Sec-Fetch-Site</c>, and <c>Origin</c> on every unsafe request), a page on another origin cannot forge
/// either, and no client of the API has to fetch and echo a token. <c>SameSite=Lax</c> on the cookie is not
/// enough: it lets through requests from the same site on another origin (another port or subdomain).
/// </para>
/// Requests that carry an API key in a header are not cookie-authenticated and pass: a page on another origin
/// cannot add a header to a cross-origin request without a CORS preflight, which this app never grants.
/// A request with neither header does not come from a browser (or from one too old to send them) and passes.
/// </summary>
public static class SameOriginWrites
{
    public const string Title = "已拒绝跨站请求";

    public const string Detail =
        "该请求来自其他网站（浏览器报告的来源不是本站），为防止跨站请求伪造已拒绝，未做任何更改。请在本站页面内操作；程序调用请在请求头 X-Api-Key 中提供 API 密钥。";

    /// <summary>Whether a browser sent <paramref name="request"/> from another origin and it would change something.</summary>
    public static bool IsCrossOriginWrite(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return false;
        }
        if (request.Headers.ContainsKey(ApiKeyDefaults.Header) || request.Headers.Authorization.Count > 0)
        {
            return false;
        }
        // Sec-Fetch-Site is computed by the browser from the full origin; "none" is the user's own action (address bar, bookmark).
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            // Host and port only: behind a TLS-terminating proxy the app may see http while the browser used https.
            return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsCrossOriginWrite(context.Request))
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SameOriginWrites))
                    .LogWarning("Refused a cross-origin {Method} {Path} (Origin {Origin}, Sec-Fetch-Site {Site}).",
                        context.Request.Method, context.Request.Path, context.Request.Headers.Origin.ToString(),
                        context.Request.Headers["Sec-Fetch-Site"].ToString());
                await ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, Title, Detail);
                return;
            }
            await next();
        });
}
