using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Domain.Events.Validation;
using Supervision.Web.Data;
using Supervision.Web.Ingestion.Projections;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Ingestion;

/// <summary>
/// Validates a batch against reference data, then appends its new events and rewrites the projections
/// of every subject it touched, all in one transaction.
/// </summary>
internal sealed class EventIngestor(
    IDbContextFactory<SupervisionDbContext> contexts,
    ReferenceCatalogCache catalogs,
    ProjectionWriter projections,
    IngestionNotifications notifications,
    TimeProvider time,
    ILogger<EventIngestor> logger) : IEventIngestor
{
    // SQLite has a single writer; serialising here turns lock waits into an orderly queue and keeps
    // the projection rewrite of one batch from interleaving with another's on any provider.
    private readonly SemaphoreSlim writer = new(1, 1);

    public async Task<IngestResult> IngestAsync(
        IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken)
    {
        var outOfScope = EventScope.OutOfScope(events, townScope);
        if (outOfScope.Count > 0)
        {
            throw new EventsOutOfScopeException(townScope!, outOfScope);
        }

        await ValidateAsync(events, cancellationToken);

        // The first copy of an id wins; later copies in the same batch are duplicates like stored ones.
        var unique = events.DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
        var receivedAt = time.GetUtcNow();
        var rows = unique.Select(e => ToRow(e, receivedAt)).ToList();

        int stored;
        HashSet<string> subjects;
        await writer.WaitAsync(cancellationToken);
        try
        {
            (stored, subjects) = await StoreWithRetryAsync(rows, cancellationToken);
        }
        finally
        {
            writer.Release();
        }

        if (stored > 0)
        {
            notifications.Publish(new IngestionCommitted(
                unique.Where(e => subjects.Contains(e.Subject)).Select(e => e.Town).ToHashSet(StringComparer.Ordinal),
                subjects,
                stored,
                time.GetUtcNow()));
        }
        return new IngestResult(stored, events.Count - stored);
    }

    private async Task ValidateAsync(IReadOnlyList<HallEvent> events, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var errors = EventValidator.Validate(events, catalog);
        if (errors.Count > 0 && await catalogs.ReloadIfStaleAsync(catalog, cancellationToken) is { } fresh)
        {
            // Reference data may have been added since the catalog was cached: judge again before refusing.
            errors = EventValidator.Validate(events, fresh);
        }
        if (errors.Count > 0)
        {
            throw new EventBatchRejectedException(errors);
        }
    }

    private async Task<(int Stored, HashSet<string> Subjects)> StoreWithRetryAsync(
        List<StoredEvent> rows, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreAsync(rows, cancellationToken);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            // Another node stored some of these ids between our lookup and our insert; the lookup now sees them.
            logger.LogInformation("Concurrent insert of the same event ids; retrying the batch once");
            return await StoreAsync(rows, cancellationToken);
        }
    }

    private async Task<(int Stored, HashSet<string> Subjects)> StoreAsync(
        List<StoredEvent> rows, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existing = await EventStore.ExistingIdsAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        var fresh = existing.Count == 0 ? rows : rows.Where(r => !existing.Contains(r.Id)).ToList();
        if (fresh.Count == 0)
        {
            return (0, []);
        }

        await EventStore.AppendAsync(db, fresh, cancellationToken);
        var subjects = fresh.Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
        await projections.RewriteSubjectsAsync(db, subjects, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (fresh.Count, subjects);
    }

    internal static StoredEvent ToRow(HallEvent e, DateTimeOffset receivedAt) => new()
    {
        Id = e.Id,
        Type = e.Type,
        Town = e.Town,
        Subject = e.Subject,
        At = e.At.ToUniversalTime(),
        ReceivedAt = receivedAt,
        Payload = EventJson.Serialize(e),
    };
}
