namespace Supervision.Web.Security.Hardening;

/// <summary>Headers on every response. The CSP is the strictest Blazor Server and MudBlazor run under:
/// scripts only from this origin, inline styles (MudBlazor sets them), connections (the circuit's WebSocket,
/// fetch) only to this origin: <c>'self'</c> covers <c>ws:</c>/<c>wss:</c> to the same host in current browsers.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}
