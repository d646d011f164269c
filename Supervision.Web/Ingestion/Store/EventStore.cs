using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Ingestion.Store;

/// <summary>
/// Reads and appends the event table inside the caller's EF transaction. linq2db's bulk copy goes
/// through the DbContext, so it shares the EF connection and its current transaction.
/// </summary>
public static class EventStore
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        LinqToDBForEFTools.Initialize();
        return true;
    });

    public static void EnsureLinqToDb() => _ = Initialized.Value;

    /// <summary>Which of <paramref name="keys"/> are stored already.</summary>
    public static async Task<HashSet<EventKey>> ExistingKeysAsync(
        SupervisionDbContext db, IEnumerable<EventKey> keys, CancellationToken cancellationToken)
    {
        var found = new HashSet<EventKey>();
        // One statement per town — a town key's batch has one town — each an index seek on the unique
        // (Town, Id) index, with the ids as one array parameter (json_each on SQLite, = ANY on PostgreSQL).
        foreach (var town in keys.GroupBy(k => k.Town, StringComparer.Ordinal))
        {
            var code = town.Key;
            var ids = town.Select(k => k.Id).ToArray();
            var stored = await db.Set<StoredEvent>().AsNoTracking()
                .Where(e => e.Town == code && EF.Parameter(ids).Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
            found.UnionWith(stored.Select(id => new EventKey(code, id)));
        }
        return found;
    }

    /// <summary>The highest sequence number stored (0 for an empty table): it moves with every append.</summary>
    public static async Task<long> LastSeqAsync(SupervisionDbContext db, CancellationToken cancellationToken) =>
        await db.Set<StoredEvent>().MaxAsync(e => (long?)e.Seq, cancellationToken) ?? 0;

    /// <summary>Every stored event of the given subjects, in stream order (At, then arrival).</summary>
    public static async Task<List<StoredEvent>> OfSubjectsAsync(
        SupervisionDbContext db, IReadOnlyCollection<string> subjects, CancellationToken cancellationToken)
    {
        var all = subjects.ToArray();
        var rows = await db.Set<StoredEvent>().AsNoTracking()
            .Where(e => EF.Parameter(all).Contains(e.Subject)).ToListAsync(cancellationToken);
        rows.Sort(StreamOrder);
        return rows;
    }

    public static Task AppendAsync(
        SupervisionDbContext db, IReadOnlyList<StoredEvent> rows, CancellationToken cancellationToken) =>
        InsertAsync(db, rows, cancellationToken);

    /// <summary>
    /// Inserts rows in the current transaction by the fastest path of the provider: binary COPY on
    /// PostgreSQL, a prepared INSERT per row on SQLite (docs/benchmarks.md). Rows go in list order, so
    /// store-generated sequence numbers follow it.
    /// </summary>
    public static async Task InsertAsync<T>(SupervisionDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        if (db.Database.IsSqlite())
        {
            await SqlitePreparedInsert.InsertAsync(db, rows, replace: false, cancellationToken);
            return;
        }
        EnsureLinqToDb();
        await db.BulkCopyAsync(BulkOptions(db), rows, cancellationToken);
    }

    /// <summary>
    /// Binary COPY on PostgreSQL (measured 2.5× faster than multi-row INSERT, docs/benchmarks.md);
    /// multi-row INSERT on SQLite, which has no bulk protocol.
    /// </summary>
    public static BulkCopyOptions BulkOptions(SupervisionDbContext db, BulkCopyType? type = null) =>
        new() { BulkCopyType = type ?? (db.Database.IsNpgsql() ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows) };

    public static int StreamOrder(StoredEvent a, StoredEvent b)
    {
        var byAt = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
        return byAt != 0 ? byAt : a.Seq.CompareTo(b.Seq);
    }
}
