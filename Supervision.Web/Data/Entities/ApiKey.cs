namespace Supervision.Web.Data.Entities;

[Flags]
public enum ApiKeyScopes
{
    None = 0,
    /// <summary>May post events (POST /api/v1/events).</summary>
    Ingest = 1,
    /// <summary>May read figures through the API.</summary>
    Read = 2,
}

/// <summary>
/// A hall system's (or the county's) credential. Only the SHA-256 of the secret is kept: the secret
/// itself is shown once, at creation.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The only town the key may report for; null = county-wide.</summary>
    public string? TownCode { get; init; }

    public ApiKeyScopes Scopes { get; init; }

    /// <summary>The secret's first characters, to recognise a key in lists without revealing it.</summary>
    public required string Prefix { get; init; }

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public required string Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
