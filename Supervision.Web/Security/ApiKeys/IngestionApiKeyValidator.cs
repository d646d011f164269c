using Supervision.Web.Data.Entities;

namespace Supervision.Web.Security.ApiKeys;

/// <summary>The API key scheme over the ingestion area's key store (which also records last use).</summary>
internal sealed class IngestionApiKeyValidator(ApiKeyService keys) : IApiKeyValidator
{
    public async Task<ApiKeyValidation> ValidateAsync(string secret, CancellationToken cancellationToken)
    {
        var result = await keys.AuthenticateAsync(secret, cancellationToken);
        return result switch
        {
            { Check: ApiKeyCheck.Valid, Key: { } key } => new ApiKeyValidation(ApiKeyStatus.Valid, key.Id, key.Name,
                Ingest: key.Scopes.HasFlag(ApiKeyScopes.Ingest), Read: key.Scopes.HasFlag(ApiKeyScopes.Read), TownCode: key.TownCode),
            { Check: ApiKeyCheck.Revoked, Key: { } key } => new ApiKeyValidation(ApiKeyStatus.Revoked, key.Id, key.Name),
            _ => ApiKeyValidation.Unknown,
        };
    }
}
