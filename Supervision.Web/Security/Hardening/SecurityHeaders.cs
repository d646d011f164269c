using Supervision.Web.Routing;

namespace Supervision.Web.Security.Hardening;

/// <summary>Headers on every response. The CSP is the strictest Blazor Server and MudBlazor run under:
/// scripts only from this origin, inline styles (MudBlazor sets them), connections (the circuit's WebSocket,
/// fetch) only to this origin: <c>'self'</c> covers <c>ws:</c>/<c>wss:</c> to the same host in current browsers.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static readonly object ScriptNonceKey = new();

    /// <summary>
    /// The API reference page (<see cref="ApiRoutes.ApiReference"/>) starts its script inline. Its responses alone
    /// allow an inline script carrying this response's random nonce (<see cref="ScriptNonce"/>); everything else of
    /// the policy stays as for the rest of the site.
    /// </summary>
    public static string ApiReferencePolicy(string nonce) =>
        ContentSecurityPolicy.Replace("script-src 'self';", $"script-src 'self' 'nonce-{nonce}';", StringComparison.Ordinal);

    /// <summary>The script nonce of this response, or empty outside the paths that have one.</summary>
    public static string ScriptNonce(HttpContext context) => context.Items[ScriptNonceKey] as string ?? "";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            if (context.Request.Path.StartsWithSegments(ApiRoutes.ApiReference))
            {
                var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
                context.Items[ScriptNonceKey] = nonce;
                headers.ContentSecurityPolicy = ApiReferencePolicy(nonce);
            }
            else
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}
