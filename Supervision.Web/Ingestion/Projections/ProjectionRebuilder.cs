using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Ingestion.Projections;

public sealed record RebuildSummary(int Events, int Subjects, int Days);

/// <summary>
/// Recomputes every record and rollup from the event table, streaming it by subject in pages, in one
/// transaction (readers keep seeing the old rows until it commits).
/// </summary>
public sealed class ProjectionRebuilder(
    IDbContextFactory<SupervisionDbContext> contexts,
    ProjectionWriter writer,
    ProjectionWorkingSet workingSet,
    IngestionWriteLock writeLock)
{
    public const int PageSize = 20_000;

    // About a month per town: bounds the records held in memory while rollups are recomputed.
    private const int DaysPerChunk = 31;

    private static readonly IReadOnlyDictionary<EventKey, HallEvent> NoneKnown = new Dictionary<EventKey, HallEvent>();

    public async Task<RebuildSummary> RebuildAsync(CancellationToken ct)
    {
        using var _ = await writeLock.AcquireAsync(ct);
        // The rebuilt records equal the incremental ones, but a mirror of rows being rewritten is not worth trusting.
        workingSet.Forget();
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await IngestionWriteLock.HoldAcrossNodesAsync(db, ct);

        await ClearAsync(db, ct);
        var context = await writer.ContextAsync(ct);

        var events = 0;
        var subjects = 0;
        var carry = new List<StoredEvent>();
        string? lastSubject = null;
        long lastSeq = 0;
        while (true)
        {
            var query = db.Set<StoredEvent>().AsNoTracking();
            if (lastSubject is not null)
            {
                var (s, q) = (lastSubject, lastSeq);
                query = query.Where(e => string.Compare(e.Subject, s) > 0 || (e.Subject == s && e.Seq > q));
            }
            var page = await query.OrderBy(e => e.Subject).ThenBy(e => e.Seq).Take(PageSize).ToListAsync(ct);
            events += page.Count;
            var complete = page.Count < PageSize;
            if (page.Count > 0)
            {
                (lastSubject, lastSeq) = (page[^1].Subject, page[^1].Seq);
            }

            carry.AddRange(page);
            // The last subject of a full page may continue on the next one: fold it then.
            var ready = complete ? carry : carry.Where(e => e.Subject != lastSubject).ToList();
            carry = complete ? [] : carry.Where(e => e.Subject == lastSubject).ToList();

            var records = ProjectionWriter.Fold(ready, NoneKnown, context);
            subjects += records.Count;
            await RecordStore.InsertAsync(db, records, ct);
            await RecordStore.BulkAsync(db, records.Days(), ct);
            if (complete)
            {
                break;
            }
        }

        await ReviewedCases.MarkAllAsync(db, context, ct);
        var keys = await db.Set<SubjectDay>().AsNoTracking()
            .Select(d => new { d.Town, d.Day }).Distinct().ToListAsync(ct);
        foreach (var chunk in keys.GroupBy(k => k.Town)
                     .SelectMany(town => town.OrderBy(k => k.Day).Chunk(DaysPerChunk)))
        {
            await writer.RecomputeDaysAsync(db, chunk.Select(k => (k.Town, k.Day)).ToHashSet(), new RecordSet(), ct);
        }

        await transaction.CommitAsync(ct);
        return new RebuildSummary(events, subjects, keys.Count);
    }

    private static async Task ClearAsync(SupervisionDbContext db, CancellationToken ct)
    {
        await db.Set<CaseRecord>().ExecuteDeleteAsync(ct);
        await db.Set<TicketRecord>().ExecuteDeleteAsync(ct);
        await db.Set<ReviewRecord>().ExecuteDeleteAsync(ct);
        await db.Set<ComplaintRecord>().ExecuteDeleteAsync(ct);
        await db.Set<AttendanceRecord>().ExecuteDeleteAsync(ct);
        await db.Set<SubjectDay>().ExecuteDeleteAsync(ct);
        await db.Set<TownDayRollup>().ExecuteDeleteAsync(ct);
        await db.Set<StaffDayRollup>().ExecuteDeleteAsync(ct);
        await db.Set<ItemDayRollup>().ExecuteDeleteAsync(ct);
    }
}
