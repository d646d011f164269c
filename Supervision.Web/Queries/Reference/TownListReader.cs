using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Reference;

/// <summary>The towns as (code, name), in code order: the town choices of the administration pages.</summary>
public sealed class TownListReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    public async Task<List<(string Code, string Name)>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Towns.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Code, t.Name)).ToList();
    }
}
