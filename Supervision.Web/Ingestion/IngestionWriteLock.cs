using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Ingestion;

/// <summary>
/// The one writer of events and projections in this process. SQLite has a single writer anyway;
/// queueing here turns lock timeouts into an orderly wait, and keeps a rebuild from interleaving
/// with a batch on any provider. Across processes, <see cref="HoldAcrossNodesAsync"/> does the same.
/// </summary>
public sealed class IngestionWriteLock
{
    // Any fixed number: every node asks PostgreSQL for the same advisory lock.
    private const long AdvisoryKey = 0x5355_5045_5256_4953; // "SUPERVIS"

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    /// <summary>
    /// Makes the current transaction the only one writing events and projections until it ends. A batch
    /// reads its subjects' earlier events and rollups and writes them back, so two nodes doing that at once
    /// would lose each other's update. SQLite's own write lock (a transaction that writes holds the file)
    /// already serialises processes there; PostgreSQL gets a transaction-scoped advisory lock.
    /// </summary>
    public static async Task HoldAcrossNodesAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryKey})", cancellationToken);
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
