namespace Supervision.Web.Ingestion;

/// <summary>
/// The one writer of events and projections in this process. SQLite has a single writer anyway;
/// queueing here turns lock timeouts into an orderly wait, and keeps a rebuild from interleaving
/// with a batch on any provider.
/// </summary>
public sealed class IngestionWriteLock
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
