using Supervision.Web.Routing;
namespace Supervision.Web.Security.ApiKeys;

public static class ApiKeyDefaults
{
    /// <summary>Authenticates the <see cref="Header"/> only.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>
    /// What JSON endpoints use: the API key scheme when the request carries <see cref="Header"/>,
    /// otherwise the sign-in cookie (a signed-in user's browser calling a read API).
    /// Either way an unauthenticated call gets 401 problem+json, never a login redirect.
    /// </summary>
    public const string ApiScheme = "Api";

    public const string Header = "X-Api-Key";

    /// <summary>SignalR's <c>accessTokenFactory</c> on WebSocket and SSE connections; accepted on <c>/hubs</c> only.</summary>
    public const string QueryParameter = "access_token";

    /// <summary>
    /// The key a request carries: <see cref="Header"/>, or what SignalR's <c>accessTokenFactory</c> sends
    /// (<c>Authorization: Bearer</c>, or <see cref="QueryParameter"/> on hub connections); empty when none.
    /// </summary>
    public static string SecretOf(HttpRequest request)
    {
        var secret = request.Headers[Header].ToString().Trim();
        if (secret.Length > 0)
        {
            return secret;
        }
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }
        return request.Path.StartsWithSegments(ApiRoutes.HubsPrefix) ? request.Query[QueryParameter].ToString().Trim() : "";
    }
}
