using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity;
using Supervision.Domain.Events;
using Supervision.Web.Data;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>Finds, deletes and writes the record rows of given subjects, by each record's natural key.</summary>
internal static class RecordStore
{
    public static async Task<RecordSet> LoadAsync(SupervisionDbContext db, IEnumerable<string> subjects, CancellationToken ct)
    {
        var set = new RecordSet();
        foreach (var group in Group(subjects))
        {
            switch (group.Key.Kind)
            {
                case SubjectKind.Case:
                    await LoadAsync(db, group, set.Cases, ids => r => r.Town == group.Key.Town && ids.Contains(r.CaseId),
                        r => SubjectKey.Of(SubjectKind.Case, r.Town, r.CaseId), ct);
                    break;
                case SubjectKind.Ticket:
                    await LoadAsync(db, group, set.Tickets, ids => r => r.Town == group.Key.Town && ids.Contains(r.Ticket),
                        r => SubjectKey.Of(SubjectKind.Ticket, r.Town, r.Ticket), ct);
                    break;
                case SubjectKind.Review:
                    await LoadAsync(db, group, set.Reviews, ids => r => r.Town == group.Key.Town && ids.Contains(r.ReviewId),
                        r => SubjectKey.Of(SubjectKind.Review, r.Town, r.ReviewId), ct);
                    break;
                case SubjectKind.Complaint:
                    await LoadAsync(db, group, set.Complaints, ids => r => r.Town == group.Key.Town && ids.Contains(r.ComplaintId),
                        r => SubjectKey.Of(SubjectKind.Complaint, r.Town, r.ComplaintId), ct);
                    break;
                case SubjectKind.Attendance:
                    foreach (var (date, staff) in AttendanceByDate(group))
                    {
                        var town = group.Key.Town;
                        var rows = await db.Set<AttendanceRecord>().AsNoTracking()
                            .Where(r => r.Town == town && r.Date == date && staff.Contains(r.StaffId)).ToListAsync(ct);
                        foreach (var row in rows)
                        {
                            set.Attendance[SubjectKey.OfAttendance(row.Town, row.StaffId, row.Date)] = row;
                        }
                    }
                    break;
            }
        }
        return set;
    }

    public static async Task DeleteAsync(SupervisionDbContext db, IEnumerable<string> subjects, CancellationToken ct)
    {
        foreach (var group in Group(subjects))
        {
            var town = group.Key.Town;
            foreach (var ids in group.Select(k => k.Id).Chunk(EventStore.InChunk))
            {
                _ = group.Key.Kind switch
                {
                    SubjectKind.Case => await db.Set<CaseRecord>().Where(r => r.Town == town && ids.Contains(r.CaseId)).ExecuteDeleteAsync(ct),
                    SubjectKind.Ticket => await db.Set<TicketRecord>().Where(r => r.Town == town && ids.Contains(r.Ticket)).ExecuteDeleteAsync(ct),
                    SubjectKind.Review => await db.Set<ReviewRecord>().Where(r => r.Town == town && ids.Contains(r.ReviewId)).ExecuteDeleteAsync(ct),
                    SubjectKind.Complaint => await db.Set<ComplaintRecord>().Where(r => r.Town == town && ids.Contains(r.ComplaintId)).ExecuteDeleteAsync(ct),
                    _ => 0,
                };
            }
            if (group.Key.Kind == SubjectKind.Attendance)
            {
                foreach (var (date, staff) in AttendanceByDate(group))
                {
                    await db.Set<AttendanceRecord>().Where(r => r.Town == town && r.Date == date && staff.Contains(r.StaffId)).ExecuteDeleteAsync(ct);
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

    public static async Task BulkAsync<T>(SupervisionDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        await EventStore.InsertAsync(db, rows as IReadOnlyCollection<T> ?? rows.ToList(), ct);
    }

    private static async Task LoadAsync<T>(
        SupervisionDbContext db, IEnumerable<SubjectKey> keys, Dictionary<string, T> into,
        Func<string[], Expression<Func<T, bool>>> filter, Func<T, string> subjectOf, CancellationToken ct) where T : class
    {
        foreach (var ids in keys.Select(k => k.Id).Chunk(EventStore.InChunk))
        {
            foreach (var row in await db.Set<T>().AsNoTracking().Where(filter(ids)).ToListAsync(ct))
            {
                into[subjectOf(row)] = row;
            }
        }
    }

    private static IEnumerable<IGrouping<(SubjectKind Kind, string Town), SubjectKey>> Group(IEnumerable<string> subjects) =>
        subjects.Select(SubjectKey.Parse).GroupBy(k => (k.Kind, k.Town));

    // Attendance has a composite key; one query per (town, date) keeps the filter exact.
    private static IEnumerable<(DateOnly Date, string[] Staff)> AttendanceByDate(IEnumerable<SubjectKey> keys) =>
        keys.Select(k => k.AttendanceParts).GroupBy(p => p.Date)
            .SelectMany(g => g.Select(p => p.Staff).Chunk(EventStore.InChunk).Select(staff => (g.Key, staff)));
}
