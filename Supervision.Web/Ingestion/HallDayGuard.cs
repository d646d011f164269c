using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Security;

namespace Supervision.Web.Ingestion;

/// <summary>
/// Asks <see cref="HallDayPlausibility"/> about an API batch, with the counts already stored for its hall-days
/// read from the day rollups (a few rows by key, outside the write lock). Two batches for the same hall-day in
/// flight at once are each judged without the other; the per-town event limit bounds what that lets through.
/// </summary>
public sealed class HallDayGuard(IDbContextFactory<SupervisionDbContext> contexts, IOptions<SecurityOptions> options)
{
    public HallDayLimits Limits => new(options.Value.PlausibleTicketsPerHallDay, options.Value.PlausibleCasesPerHallDay);

    public async Task<IReadOnlyList<ImplausibleHallDay>> CheckAsync(IReadOnlyList<HallEvent> events, CancellationToken cancellationToken)
    {
        var batch = HallDayPlausibility.Count(events);
        if (batch.Count == 0)
        {
            return [];
        }
        var towns = batch.Keys.Select(k => k.Town).Distinct(StringComparer.Ordinal).ToArray();
        var days = batch.Keys.Select(k => k.Day).Distinct().ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<TownDayRollup>().AsNoTracking()
            .Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day))
            .Select(r => new { r.Town, r.Day, r.TicketsIssued, r.Accepted })
            .ToDictionaryAsync(r => (r.Town, r.Day), r => new HallDayCount(r.TicketsIssued, r.Accepted), cancellationToken);
        return HallDayPlausibility.Check(batch, stored, Limits);
    }
}
