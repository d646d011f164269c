using Scalar.AspNetCore;
using Supervision.Web.Routing;
using Supervision.Web.Security;
using Supervision.Web.Security.Hardening;

namespace Supervision.Web.ApiReference;

/// <summary>
/// <c>GET /openapi/v1.json</c> (the OpenAPI document) and <c>GET /api-reference</c> (Scalar's interactive
/// page over it). Both are for the county administrator: the document lists every endpoint, the
/// administrative ones included, and the administrator is who hands keys and the contract to the hall
/// systems' vendors (they get docs/events.md or the exported document). Anyone else is sent to sign in
/// or refused, as on any admin page.
/// </summary>
public static class ApiReferenceEndpoints
{
    public static IEndpointRouteBuilder MapApiReferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(ApiRoutes.OpenApiDocument).RequireAuthorization(SupervisionPolicies.Admin);
        endpoints.MapScalarApiReference(ApiRoutes.ApiReference, (options, http) =>
            {
                options.Title = "一窗受理监管平台 API 参考";
                options.OpenApiRoutePattern = ApiRoutes.OpenApiDocument;
                // Everything from this site: no fonts from a CDN, no telemetry, no request proxy.
                options.DefaultFonts = false;
                options.Telemetry = false;
                options.ProxyUrl = null;
                // The page's inline start-up script runs under the nonce SecurityHeaders put in this response's CSP.
                options.WithNonce(SecurityHeaders.ScriptNonce(http));
            })
            .RequireAuthorization(SupervisionPolicies.Admin);
        return endpoints;
    }
}
