using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;

namespace Supervision.Web.Ingestion;

/// <summary>The reference data one batch is validated and folded against, loaded together.</summary>
public sealed record ReferenceSnapshot(IReferenceCatalog Catalog, IActivityCatalog Activity, long LoadedAtTimestamp);

/// <summary>
/// Keeps reference data in memory (in the shared cache, <see cref="SharedComputationCache{TKey}"/>) so a
/// batch costs no reference queries. Stale data is caught two ways: whoever edits reference data calls
/// <see cref="Invalidate"/>, and a batch that fails validation reloads once before it is refused (a hall
/// may report a window added a moment ago).
/// </summary>
public sealed class ReferenceCatalogCache(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider time) : IDisposable
{
    // A stream of bad batches must not turn into a stream of reloads.
    private static readonly TimeSpan MinReloadInterval = TimeSpan.FromSeconds(2);

    private readonly SharedComputationCache<bool> _current = new(time, TimeSpan.MaxValue, maxEntries: 1);

    public Task<ReferenceSnapshot> GetAsync(CancellationToken cancellationToken) =>
        _current.GetAsync(true, LoadAsync, version: null, cancellationToken);

    /// <summary>Forgets the snapshot; the next batch loads a fresh one.</summary>
    public void Invalidate() => _current.Clear();

    /// <returns>A newer snapshot, or null when <paramref name="used"/> is too recent to be worth reloading.</returns>
    public async Task<ReferenceSnapshot?> ReloadIfStaleAsync(ReferenceSnapshot used, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(used);
        if (time.GetElapsedTime(used.LoadedAtTimestamp) < MinReloadInterval)
        {
            return null;
        }
        // Only the snapshot the batch used is dropped: a newer one another caller loaded (or is loading) is kept.
        _current.Invalidate(true, used);
        var fresh = await GetAsync(cancellationToken);
        return ReferenceEquals(fresh, used) ? null : fresh;
    }

    public void Dispose() => _current.Dispose();

    private async Task<ReferenceSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var towns = await db.Towns.AsNoTracking().ToListAsync(cancellationToken);
        var items = await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken);
        var windows = await db.Windows.AsNoTracking().ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);

        var itemChanges = await db.ItemLimitChanges.AsNoTracking().ToListAsync(cancellationToken);
        var windowChanges = await db.WindowKindChanges.AsNoTracking().ToListAsync(cancellationToken);

        return new ReferenceSnapshot(
            new ReferenceCatalog(towns, items, windows, staff, departments),
            new ActivityCatalog(items, windows, itemChanges, windowChanges),
            time.GetTimestamp());
    }
}
