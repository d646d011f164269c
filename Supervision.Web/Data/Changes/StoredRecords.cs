using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Data.Changes;

/// <summary>
/// Reads the stored records of given subjects by each record's natural key: for the projection writer
/// inside its transaction and for the live notifier after a commit.
/// </summary>
public static class StoredRecords
{
    /// <summary>
    /// The stored records of <paramref name="subjects"/>: one query per record kind and town, with the
    /// ids as one array parameter. (An IN list on both key columns would probe every town × id pair.)
    /// </summary>
    public static async Task<RecordSet> LoadAsync(SupervisionDbContext db, IEnumerable<string> subjects, CancellationToken ct)
    {
        var set = new RecordSet();
        foreach (var group in subjects.Select(SubjectKey.Parse).GroupBy(k => (k.Kind, k.Town)))
        {
            var town = group.Key.Town;
            var ids = group.Select(k => k.Id).Distinct().ToArray();
            switch (group.Key.Kind)
            {
                case SubjectKind.Case:
                    await LoadAsync(db, set.Cases, r => r.Town == town && EF.Parameter(ids).Contains(r.CaseId),
                        r => SubjectKey.Of(SubjectKind.Case, r.Town, r.CaseId), ct);
                    break;
                case SubjectKind.Ticket:
                    await LoadAsync(db, set.Tickets, r => r.Town == town && EF.Parameter(ids).Contains(r.Ticket),
                        r => SubjectKey.Of(SubjectKind.Ticket, r.Town, r.Ticket), ct);
                    break;
                case SubjectKind.Review:
                    await LoadAsync(db, set.Reviews, r => r.Town == town && EF.Parameter(ids).Contains(r.ReviewId),
                        r => SubjectKey.Of(SubjectKind.Review, r.Town, r.ReviewId), ct);
                    break;
                case SubjectKind.Complaint:
                    await LoadAsync(db, set.Complaints, r => r.Town == town && EF.Parameter(ids).Contains(r.ComplaintId),
                        r => SubjectKey.Of(SubjectKind.Complaint, r.Town, r.ComplaintId), ct);
                    break;
                case SubjectKind.Attendance:
                    foreach (var byDate in group.Select(k => k.AttendanceParts).GroupBy(p => p.Date))
                    {
                        var date = byDate.Key;
                        var staff = byDate.Select(p => p.Staff).Distinct().ToArray();
                        await LoadAsync(db, set.Attendance, r => r.Town == town && r.Date == date && EF.Parameter(staff).Contains(r.StaffId),
                            r => SubjectKey.OfAttendance(r.Town, r.StaffId, r.Date), ct);
                    }
                    break;
            }
        }
        return set;
    }

    private static async Task LoadAsync<T>(
        SupervisionDbContext db, Dictionary<string, T> into,
        Expression<Func<T, bool>> keys, Func<T, string> subjectOf, CancellationToken ct) where T : class
    {
        foreach (var row in await db.Set<T>().AsNoTracking().Where(keys).ToListAsync(ct))
        {
            into[subjectOf(row)] = row;
        }
    }
}
