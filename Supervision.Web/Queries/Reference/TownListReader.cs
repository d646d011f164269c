using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Reference;

/// <summary>The towns in code order: the town choices of the administration pages and the towns API.</summary>
public sealed class TownListReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    public async Task<List<(string Code, string Name)>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Towns.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Code, t.Name)).ToList();
    }

    /// <summary>The towns in code order, with kind and pilot period: every one, or only <paramref name="onlyTown"/> (none when it is unknown).</summary>
    public async Task<List<Town>> TownsAsync(string? onlyTown, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var towns = db.Towns.AsNoTracking();
        if (onlyTown is not null)
        {
            towns = towns.Where(t => t.Code == onlyTown);
        }
        return await towns.OrderBy(t => t.Code).ToListAsync(cancellationToken);
    }
}
