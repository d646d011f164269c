using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.ApiKeys;
using Supervision.Web.Security;

namespace Supervision.Web.Security.ApiKeys;

public enum ApiKeyCheck { Valid, Missing, Unknown, Revoked }

public sealed record ApiKeyAuthentication(ApiKeyCheck Check, ApiKey? Key);

/// <summary>
/// Creates, lists, revokes and authenticates API keys. Creation, revocation and last use are stamped by the
/// real clock (<see cref="SecurityClock"/>), whatever clock the simulator gives the rest of the app.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<SupervisionDbContext> contexts, [FromKeyedServices(SecurityClock.Key)] TimeProvider time)
{
    // The list is a read like any other: through Queries, over the same database.
    private readonly ApiKeysReader _reader = new(contexts);

    public const int MaxNameLength = 100;

    // Recording every use would turn each read into a write; a minute's precision is enough for an audit.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <returns>The stored key and its secret, which is not recoverable afterwards.</returns>
    /// <exception cref="DomainException">The name or town is invalid.</exception>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(
        string name, string? townCode, ApiKeyScopes scopes, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            throw new DomainException("密钥名称不能为空。");
        }
        if (name.Length > MaxNameLength)
        {
            throw new DomainException($"密钥名称不能超过 {MaxNameLength} 个字符。");
        }
        if (scopes == ApiKeyScopes.None)
        {
            throw new DomainException("至少需要一个权限范围（ingest 或 read）。");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (townCode is not null && !await db.Towns.AnyAsync(t => t.Code == townCode, cancellationToken))
        {
            throw new DomainException($"未知的镇街代码：{townCode}。");
        }

        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = name,
            TownCode = townCode,
            Scopes = scopes,
            Prefix = ApiKeySecret.PrefixOf(secret),
            Hash = ApiKeySecret.Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.Set<ApiKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) => _reader.ListAsync(cancellationToken);

    /// <param name="idOrPrefix">The numeric id or the displayed prefix.</param>
    /// <returns>The revoked key (already revoked keys are returned unchanged).</returns>
    /// <exception cref="DomainException">No key or more than one key matches.</exception>
    public async Task<ApiKey> RevokeAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = db.Set<ApiKey>();
        List<ApiKey> matches = long.TryParse(idOrPrefix, out var id)
            ? await keys.Where(k => k.Id == id).ToListAsync(cancellationToken)
            : await keys.Where(k => k.Prefix == idOrPrefix).ToListAsync(cancellationToken);
        switch (matches.Count)
        {
            case 0:
                throw new DomainException($"找不到密钥：{idOrPrefix}。");
            case > 1:
                throw new DomainException($"前缀 {idOrPrefix} 对应多个密钥，请改用编号。");
        }

        var key = matches[0];
        if (!key.IsRevoked)
        {
            key.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return key;
    }

    public async Task<ApiKeyAuthentication> AuthenticateAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return new(ApiKeyCheck.Missing, null);
        }

        var hash = ApiKeySecret.Hash(secret.Trim());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null)
        {
            return new(ApiKeyCheck.Unknown, null);
        }
        if (key.IsRevoked)
        {
            return new(ApiKeyCheck.Revoked, key);
        }

        var now = time.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= LastUsedResolution)
        {
            await db.Set<ApiKey>().Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
            key.LastUsedAt = now;
        }
        return new(ApiKeyCheck.Valid, key);
    }
}
