namespace Supervision.Web.Security.ApiKeys;

/// <summary>Looks up a presented API key secret. Implemented over the ingestion area's key store.</summary>
public interface IApiKeyValidator
{
    Task<ApiKeyValidation> ValidateAsync(string secret, CancellationToken cancellationToken);
}

public enum ApiKeyStatus
{
    Valid,
    Unknown,
    Revoked,
}

/// <param name="TownCode">The only town the key may report for and read; null = county-wide.</param>
public sealed record ApiKeyValidation(ApiKeyStatus Status, long? KeyId = null, string? Name = null,
    bool Ingest = false, bool Read = false, string? TownCode = null)
{
    public static ApiKeyValidation Unknown { get; } = new(ApiKeyStatus.Unknown);
}
