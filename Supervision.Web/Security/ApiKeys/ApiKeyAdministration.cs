using Supervision.Web.Data.Entities;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security.ApiKeys;

/// <summary>Creating and revoking API keys with an audit entry each, for the admin page and the <c>apikey</c> CLI verb.</summary>
public sealed class ApiKeyAdministration(ApiKeyService keys, IAuditLog audit)
{
    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) => keys.ListAsync(cancellationToken);

    /// <returns>The key and its secret, shown once.</returns>
    /// <exception cref="Domain.DomainException">Invalid name, town or scopes.</exception>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(
        AuditActor actor, string name, string? townCode, ApiKeyScopes scopes, CancellationToken cancellationToken = default)
    {
        var (key, secret) = await keys.CreateAsync(name, townCode, scopes, cancellationToken);
        await audit.WriteAsync(actor, AuditActions.ApiKeyCreated, Target(key),
            new { name = key.Name, town = key.TownCode, scopes = key.Scopes.ToString(), prefix = key.Prefix }, cancellationToken);
        return (key, secret);
    }

    /// <exception cref="Domain.DomainException">No key, or more than one, matches.</exception>
    public async Task<ApiKey> RevokeAsync(AuditActor actor, string idOrPrefix, CancellationToken cancellationToken = default)
    {
        var key = await keys.RevokeAsync(idOrPrefix, cancellationToken);
        await audit.WriteAsync(actor, AuditActions.ApiKeyRevoked, Target(key), new { name = key.Name, prefix = key.Prefix }, cancellationToken);
        return key;
    }

    private static string Target(ApiKey key) => $"apikey:{key.Id.ToString(CultureInfo.InvariantCulture)}";
}
