using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity;
using Supervision.Domain.Events;
using Supervision.Web.Data;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>
/// Keeps <see cref="CaseRecord.Reviewed"/> true exactly for cases some review names (评价率's numerator,
/// docs/metrics.md). It joins two kinds of subject, so the projection sets it after folding: a refolded
/// case looks up the reviews naming it, and a new review marks its stored case, which then counts as a
/// changed record (old version out of the rollups, new one in).
/// </summary>
internal static class ReviewedCases
{
    public static async Task MarkAsync(SupervisionDbContext db, RecordSet old, RecordSet records, CancellationToken ct)
    {
        var named = records.Reviews.Values.Where(r => r.CaseId is not null)
            .Select(r => (r.Town, CaseId: r.CaseId!)).ToHashSet();

        if (records.Cases.Count > 0)
        {
            // One query per town: an IN list on both key columns would probe every town × id pair.
            foreach (var town in records.Cases.Values.GroupBy(c => c.Town))
            {
                var ids = town.Select(c => c.CaseId).ToArray();
                var stored = await db.Set<ReviewRecord>().AsNoTracking()
                    .Where(r => r.Town == town.Key && r.CaseId != null && EF.Parameter(ids).Contains(r.CaseId))
                    .Select(r => r.CaseId!).ToListAsync(ct);
                named.UnionWith(stored.Select(id => (town.Key, id)));
            }
            foreach (var c in records.Cases.Values)
            {
                c.Reviewed = named.Contains((c.Town, c.CaseId));
            }
        }

        // Stored cases (not refolded here) that a review of this batch names and that are not marked yet.
        var elsewhere = named.Where(n => !records.Cases.ContainsKey(SubjectKey.Of(SubjectKind.Case, n.Town, n.CaseId))).ToList();
        if (elsewhere.Count == 0)
        {
            return;
        }
        var unmarked = new List<CaseRecord>();
        foreach (var town in elsewhere.GroupBy(n => n.Town))
        {
            var caseIds = town.Select(n => n.CaseId).ToArray();
            unmarked.AddRange(await db.Set<CaseRecord>().AsNoTracking()
                .Where(c => !c.Reviewed && c.Town == town.Key && EF.Parameter(caseIds).Contains(c.CaseId))
                .ToListAsync(ct));
        }
        foreach (var stored in unmarked)
        {
            var subject = SubjectKey.Of(SubjectKind.Case, stored.Town, stored.CaseId);
            var marked = stored.Copy();
            marked.Reviewed = true;
            old.Cases[subject] = stored;
            records.Cases[subject] = marked;
        }
    }

    /// <summary>After a rebuild has written every record: mark each case some review names.</summary>
    public static Task<int> MarkAllAsync(SupervisionDbContext db, CancellationToken ct) =>
        db.Set<CaseRecord>()
            .Where(c => db.Set<ReviewRecord>().Any(r => r.Town == c.Town && r.CaseId == c.CaseId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Reviewed, true), ct);
}
