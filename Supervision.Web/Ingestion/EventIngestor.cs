using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Data.Entities;
using Supervision.Web.Ingestion.Projections;
using Supervision.Web.Ingestion.Store;
using Supervision.Web.Telemetry;

namespace Supervision.Web.Ingestion;

/// <summary>
/// Validates a batch against reference data, then appends its new events and rewrites the projections
/// of every subject it touched, all in one transaction.
/// </summary>
internal sealed class EventIngestor(
    IDbContextFactory<SupervisionDbContext> contexts,
    ReferenceCatalogCache catalogs,
    ProjectionWriter projections,
    ProjectionWorkingSet workingSet,
    IngestionWriteLock writeLock,
    IngestionNotifications notifications,
    SupervisionMetrics metrics,
    TimeProvider time,
    ILogger<EventIngestor> logger) : IEventIngestor
{
    public async Task<IngestResult> IngestAsync(
        IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken)
    {
        var outOfScope = EventScope.OutOfScope(events, townScope);
        if (outOfScope.Count > 0)
        {
            throw new EventsOutOfScopeException(townScope!, outOfScope);
        }

        var clock = logger.IsEnabled(LogLevel.Debug) ? new StageClock() : null;
        await ValidateAsync(events, cancellationToken);
        clock?.Lap("validate");

        // The first copy of a (town, id) wins; later copies in the same batch are duplicates like stored ones.
        var unique = EventBatch.DistinctByKey(events);
        var receivedAt = time.GetUtcNow();
        var batch = new Batch(
            unique.Select(e => ToRow(e, receivedAt)).ToList(),
            unique.ToDictionary(e => e.Key),
            clock);
        clock?.Lap("rows");

        Stored result;
        using (await writeLock.AcquireAsync(cancellationToken))
        {
            clock?.Lap("lock");
            var started = time.GetTimestamp();
            result = await StoreWithRetryAsync(batch, cancellationToken);
            metrics.BatchStored(result.Count, time.GetElapsedTime(started));
        }
        if (clock is not null)
        {
            logger.LogDebug("Ingested {Count} events, {Stored} new: {Stages}", events.Count, result.Count, clock);
        }

        if (result.Count > 0)
        {
            notifications.Publish(new IngestionCommitted(
                unique.Where(e => result.Subjects.Contains(e.Subject)).Select(e => e.Town).ToHashSet(StringComparer.Ordinal),
                result.Subjects,
                result.Count,
                time.GetUtcNow(),
                result.Days,
                result.Records));
        }
        return new IngestResult(result.Count, events.Count - result.Count);
    }

    private async Task ValidateAsync(IReadOnlyList<HallEvent> events, CancellationToken cancellationToken)
    {
        var snapshot = await catalogs.GetAsync(cancellationToken);
        var errors = EventValidator.Validate(events, snapshot.Catalog);
        if (errors.Count > 0 && await catalogs.ReloadIfStaleAsync(snapshot, cancellationToken) is { } fresh)
        {
            // Reference data may have been added since the catalog was cached: judge again before refusing.
            errors = EventValidator.Validate(events, fresh.Catalog);
        }
        if (errors.Count > 0)
        {
            throw new EventBatchRejectedException(errors);
        }
    }

    private async Task<Stored> StoreWithRetryAsync(
        Batch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreAsync(batch, cancellationToken);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            // Another node stored some of these events between our lookup and our insert; the lookup now sees them.
            logger.LogInformation("Concurrent insert of the same events; retrying the batch once");
            return await StoreAsync(batch, cancellationToken);
        }
    }

    private async Task<Stored> StoreAsync(
        Batch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreOnceAsync(batch, cancellationToken);
        }
        catch
        {
            // Whatever the working set took in may not have been committed.
            workingSet.Forget();
            throw;
        }
    }

    private async Task<Stored> StoreOnceAsync(
        Batch batch, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await IngestionWriteLock.HoldAcrossNodesAsync(db, cancellationToken);
        var clock = batch.Clock;
        var mirrored = await workingSet.BeginAsync(db, cancellationToken);
        var existing = await EventStore.ExistingKeysAsync(db, batch.Known.Keys, cancellationToken);
        clock?.Lap("existing");
        var fresh = existing.Count == 0 ? batch.Rows : batch.Rows.Where(r => !existing.Contains(r.Key())).ToList();
        if (fresh.Count == 0)
        {
            return new Stored(0, [], [], null);
        }

        var subjects = fresh.Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
        var prior = mirrored ? workingSet.Split(subjects) : new ProjectionWorkingSet.Prior([], new RecordSet(), [.. subjects]);
        // Read before the append: the subjects' earlier events only, and none at all for new subjects.
        // Stored events are parsed from their payloads: a re-sent event in the batch may differ from the copy that was kept.
        var previous = prior.Unknown.Count == 0 ? [] : await EventStore.OfSubjectsAsync(db, prior.Unknown, cancellationToken);
        prior.Events.AddRange(previous.Select(r => EventJson.Deserialize(r.Payload) with { ReceivedAt = r.ReceivedAt }));
        clock?.Lap("previous");
        await EventStore.AppendAsync(db, fresh, cancellationToken);
        clock?.Lap("append");
        var applied = await projections.ApplyAsync(db, prior.Events, prior.Records, fresh, batch.Known, cancellationToken, clock);
        var remember = mirrored
            ? await workingSet.PrepareAsync(db, applied.Events, applied.Records, cancellationToken)
            : null;
        await transaction.CommitAsync(cancellationToken);
        remember?.Invoke();
        clock?.Lap("commit");
        return new Stored(fresh.Count, subjects, applied.Days.ToHashSet(), applied.Records);
    }

    private sealed record Stored(int Count, HashSet<string> Subjects, HashSet<(string Town, DateOnly Day)> Days, RecordSet? Records);

    private sealed record Batch(List<StoredEvent> Rows, Dictionary<EventKey, HallEvent> Known, StageClock? Clock);

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
