using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>Finds, deletes and writes the record rows of given subjects, by each record's natural key.</summary>
internal static class RecordStore
{
    /// <summary>The stored records of <paramref name="subjects"/> (<see cref="StoredRecords.LoadAsync"/>).</summary>
    public static Task<RecordSet> LoadAsync(SupervisionDbContext db, IEnumerable<string> subjects, CancellationToken ct) =>
        StoredRecords.LoadAsync(db, subjects, ct);

    /// <summary>
    /// Writes <paramref name="records"/> over the stored versions <paramref name="old"/> of the same subjects.
    /// SQLite: INSERT OR REPLACE by primary key (a record never disappears, so nothing else to delete);
    /// PostgreSQL: delete the old rows, then COPY.
    /// </summary>
    public static async Task ReplaceAsync(SupervisionDbContext db, RecordSet old, RecordSet records, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await SqlitePreparedInsert.InsertAsync(db, records.Cases.Values, replace: true, ct);
            await SqlitePreparedInsert.InsertAsync(db, records.Tickets.Values, replace: true, ct);
            await SqlitePreparedInsert.InsertAsync(db, records.Reviews.Values, replace: true, ct);
            await SqlitePreparedInsert.InsertAsync(db, records.Complaints.Values, replace: true, ct);
            await SqlitePreparedInsert.InsertAsync(db, records.Attendance.Values, replace: true, ct);
            return;
        }
        await DeleteAsync(db, old.Subjects(), ct);
        await InsertAsync(db, records, ct);
    }

    public static async Task DeleteAsync(SupervisionDbContext db, IEnumerable<string> subjects, CancellationToken ct)
    {
        foreach (var group in subjects.Select(SubjectKey.Parse).GroupBy(k => (k.Kind, k.Town)))
        {
            var town = group.Key.Town;
            var ids = group.Select(k => k.Id).ToArray();
            _ = group.Key.Kind switch
            {
                SubjectKind.Case => await db.Set<CaseRecord>().Where(r => r.Town == town && EF.Parameter(ids).Contains(r.CaseId)).ExecuteDeleteAsync(ct),
                SubjectKind.Ticket => await db.Set<TicketRecord>().Where(r => r.Town == town && EF.Parameter(ids).Contains(r.Ticket)).ExecuteDeleteAsync(ct),
                SubjectKind.Review => await db.Set<ReviewRecord>().Where(r => r.Town == town && EF.Parameter(ids).Contains(r.ReviewId)).ExecuteDeleteAsync(ct),
                SubjectKind.Complaint => await db.Set<ComplaintRecord>().Where(r => r.Town == town && EF.Parameter(ids).Contains(r.ComplaintId)).ExecuteDeleteAsync(ct),
                _ => 0,
            };
            if (group.Key.Kind == SubjectKind.Attendance)
            {
                // Composite key: one statement per date keeps the filter exact.
                foreach (var byDate in group.Select(k => k.AttendanceParts).GroupBy(p => p.Date))
                {
                    var date = byDate.Key;
                    var staff = byDate.Select(p => p.Staff).ToArray();
                    await db.Set<AttendanceRecord>().Where(r => r.Town == town && r.Date == date && EF.Parameter(staff).Contains(r.StaffId)).ExecuteDeleteAsync(ct);
                }
            }
        }
    }

    public static async Task InsertAsync(SupervisionDbContext db, RecordSet set, CancellationToken ct)
    {
        await BulkAsync(db, set.Cases.Values, ct);
        await BulkAsync(db, set.Tickets.Values, ct);
        await BulkAsync(db, set.Reviews.Values, ct);
        await BulkAsync(db, set.Complaints.Values, ct);
        await BulkAsync(db, set.Attendance.Values, ct);
    }

    public static async Task BulkAsync<T>(SupervisionDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class =>
        await EventStore.InsertAsync(db, rows as IReadOnlyCollection<T> ?? rows.ToList(), ct);
}
