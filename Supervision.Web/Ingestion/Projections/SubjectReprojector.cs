using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Ingestion.Projections;

public sealed record ReprojectSummary(IReadOnlySet<string> Subjects, IReadOnlySet<(string Town, DateOnly Day)> Days);

/// <summary>
/// Refolds chosen subjects from their stored events through the same <see cref="ProjectionWriter.ApplyAsync"/>
/// a batch uses: their records, membership rows and the rollups of their days move, nothing else is read
/// or written. For a change of the rules a fold depends on (the working calendar) that touches a few
/// subjects, where <see cref="ProjectionRebuilder"/> would rewrite everything.
/// </summary>
internal sealed class SubjectReprojector(
    IDbContextFactory<SupervisionDbContext> contexts,
    ProjectionWriter writer,
    ProjectionWorkingSet workingSet,
    IngestionWriteLock writeLock,
    IngestionNotifications notifications,
    TimeProvider time)
{
    /// <summary>Subjects per transaction: keeps each one short, so ingestion waits little between them.</summary>
    public const int BatchSize = 500;

    private static readonly IReadOnlyDictionary<EventKey, HallEvent> NoneKnown = new Dictionary<EventKey, HallEvent>();

    /// <param name="progress">Receives the number of subjects done after each committed batch.</param>
    public async Task<ReprojectSummary> ReprojectAsync(
        IReadOnlyCollection<string> subjects, IProgress<int>? progress, CancellationToken ct)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var days = new HashSet<(string Town, DateOnly Day)>();
        foreach (var batch in subjects.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var applied = await ApplyAsync(batch, ct);
            done.UnionWith(batch);
            days.UnionWith(applied.Days);
            notifications.Publish(new IngestionCommitted(
                batch.Select(s => SubjectKey.Parse(s).Town).ToHashSet(StringComparer.Ordinal),
                batch.ToHashSet(StringComparer.Ordinal), batch.Length, time.GetUtcNow(), applied.Days.ToHashSet(), applied.Records));
            progress?.Report(done.Count);
        }
        return new ReprojectSummary(done, days);
    }

    private async Task<ProjectionWriter.Applied> ApplyAsync(string[] subjects, CancellationToken ct)
    {
        using var _ = await writeLock.AcquireAsync(ct);
        // The working set mirrors records folded under the rules before the change.
        workingSet.Forget();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await IngestionWriteLock.HoldAcrossNodesAsync(db, ct);
        var rows = await EventStore.OfSubjectsAsync(db, subjects, ct);
        var events = rows.Select(r => EventJson.Deserialize(r.Payload) with { ReceivedAt = r.ReceivedAt }).ToList();
        // All events count as prior ones: the subjects' stored records are read, replaced and moved out of the rollups.
        var applied = await writer.ApplyAsync(db, events, new RecordSet(), [], NoneKnown, ct);
        await transaction.CommitAsync(ct);
        return applied;
    }
}
