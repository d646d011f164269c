namespace Supervision.Web.Security;

/// <summary>Claim types the app adds to principals, for users and API keys alike.</summary>
public static class SupervisionClaims
{
    /// <summary>The only town the principal may see (TownLeader, town-bound API key). Absent = county reach, if the role allows it.</summary>
    public const string Town = "town";

    /// <summary>One claim per API key scope: <see cref="ScopeIngest"/> or <see cref="ScopeRead"/>.</summary>
    public const string ApiScope = "api_scope";

    /// <summary>The API key's numeric id, for rate limiting and the audit log.</summary>
    public const string ApiKeyId = "api_key_id";

    public const string DisplayName = "display_name";

    public const string ScopeIngest = "ingest";
    public const string ScopeRead = "read";
}
