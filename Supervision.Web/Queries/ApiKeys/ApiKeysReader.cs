using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Queries.ApiKeys;

/// <summary>Lists the API keys (the API 密钥 page and <c>apikey list</c>); creating, revoking and checking them is Security's.</summary>
public sealed class ApiKeysReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }
}
