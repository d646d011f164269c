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
}
