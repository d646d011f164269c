using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity;
using Supervision.Domain.Reference;
using Supervision.Web.Data;

namespace Supervision.Web.Ingestion;

/// <summary>The reference data one batch is validated and folded against, loaded together.</summary>
public sealed record ReferenceSnapshot(IReferenceCatalog Catalog, IActivityCatalog Activity, long LoadedAtTimestamp);

/// <summary>
/// Keeps reference data in memory so a batch costs no reference queries. Stale data is caught two
/// ways: whoever edits reference data calls <see cref="Invalidate"/>, and a batch that fails
/// validation reloads once before it is refused (a hall may report a window added a moment ago).
/// </summary>
public sealed class ReferenceCatalogCache(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider time)
{
    // A stream of bad batches must not turn into a stream of reloads.
    private static readonly TimeSpan MinReloadInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile ReferenceSnapshot? current;

    public async Task<ReferenceSnapshot> GetAsync(CancellationToken cancellationToken) =>
        current ?? await LoadAsync(stale: null, cancellationToken);

    /// <summary>Forgets the snapshot; the next batch loads a fresh one.</summary>
    public void Invalidate() => current = null;

    /// <returns>A newer snapshot, or null when <paramref name="used"/> is too recent to be worth reloading.</returns>
    public async Task<ReferenceSnapshot?> ReloadIfStaleAsync(ReferenceSnapshot used, CancellationToken cancellationToken)
    {
        if (time.GetElapsedTime(used.LoadedAtTimestamp) < MinReloadInterval)
        {
            return null;
        }
        var fresh = await LoadAsync(used, cancellationToken);
        return ReferenceEquals(fresh, used) ? null : fresh;
    }

    private async Task<ReferenceSnapshot> LoadAsync(ReferenceSnapshot? stale, CancellationToken cancellationToken)
    {
        await loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have loaded while we waited.
            if (current is { } loaded && !ReferenceEquals(loaded, stale))
            {
                return loaded;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var towns = await db.Towns.AsNoTracking().ToListAsync(cancellationToken);
            var items = await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken);
            var windows = await db.Windows.AsNoTracking().ToListAsync(cancellationToken);
            var staff = await db.Staff.AsNoTracking().ToListAsync(cancellationToken);
            var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
            var itemChanges = await db.ItemLimitChanges.AsNoTracking().ToListAsync(cancellationToken);
            var windowChanges = await db.WindowKindChanges.AsNoTracking().ToListAsync(cancellationToken);

            var snapshot = new ReferenceSnapshot(
                new ReferenceCatalog(towns, items, windows, staff, departments),
                new ActivityCatalog(items, windows, itemChanges, windowChanges),
                time.GetTimestamp());
            current = snapshot;
            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }
}
