using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Calendar;

namespace Supervision.Web.Simulation;

/// <summary>Builds simulators from the stored reference data and finds where a previous run stopped.</summary>
internal sealed class SimulationSource(IDbContextFactory<SupervisionDbContext> contexts, WorkingCalendarSource calendars)
{
    public const string IdPrefix = "sim-";

    public async Task<HallSimulator> CreateAsync(int seed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reference = new SimulationReference(
            await db.Towns.AsNoTracking().ToListAsync(cancellationToken),
            await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken),
            await db.HallItemStatuses.AsNoTracking().ToListAsync(cancellationToken),
            await db.Windows.AsNoTracking().ToListAsync(cancellationToken),
            await db.Staff.AsNoTracking().ToListAsync(cancellationToken));
        return new HallSimulator(reference, calendars.Current, seed);
    }

    /// <summary>
    /// The latest instant of any simulated event already stored, or null if none. Asked per town so
    /// the (Town, At) index answers it without scanning the table.
    /// </summary>
    public async Task<DateTimeOffset?> LatestSimulatedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var towns = await db.Towns.AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken);
        DateTimeOffset? latest = null;
        foreach (var town in towns)
        {
            var at = await db.Set<StoredEvent>().AsNoTracking()
                .Where(e => e.Town == town && e.Id.StartsWith(IdPrefix))
                .OrderByDescending(e => e.At)
                .Select(e => (DateTimeOffset?)e.At)
                .FirstOrDefaultAsync(cancellationToken);
            if (at is { } value && (latest is null || value > latest))
            {
                latest = value;
            }
        }
        return latest;
    }
}
