using Supervision.Domain.Events.Validation;

namespace Supervision.Benchmarks;

/// <summary>
/// Stand-ins for the product's ingestor that stop short of its work, so one HTTP load run shows what
/// each layer costs: <see cref="AcceptOnly"/> measures Kestrel, the body read and the JSON parse;
/// <see cref="AppendOnly"/> adds validation and the event append with its commit, but no projection.
/// </summary>
internal static class IngestCeiling
{
    public sealed class AcceptOnly : IEventIngestor
    {
        public Task<IngestResult> IngestAsync(IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken) =>
            Task.FromResult(new IngestResult(events.Count, 0));
    }

    public sealed class AppendOnly(
        IDbContextFactory<SupervisionDbContext> contexts,
        ReferenceCatalogCache catalogs,
        IngestionWriteLock writeLock,
        TimeProvider time) : IEventIngestor
    {
        public async Task<IngestResult> IngestAsync(IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken)
        {
            var errors = EventValidator.Validate(events, (await catalogs.GetAsync(cancellationToken)).Catalog);
            if (errors.Count > 0)
            {
                throw new EventBatchRejectedException(errors);
            }
            var receivedAt = time.GetUtcNow();
            var rows = EventBatch.DistinctByKey(events).Select(e => EventIngestor.ToRow(e, receivedAt)).ToList();
            using (await writeLock.AcquireAsync(cancellationToken))
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var existing = await EventStore.ExistingKeysAsync(db, rows.Select(r => r.Key()), cancellationToken);
                var fresh = rows.Where(r => !existing.Contains(r.Key())).ToList();
                await EventStore.AppendAsync(db, fresh, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new IngestResult(fresh.Count, events.Count - fresh.Count);
            }
        }
    }
}
