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
            var towns = records.Cases.Values.Select(c => c.Town).Distinct().ToArray();
            var ids = records.Cases.Values.Select(c => c.CaseId).Distinct().ToArray();
            var stored = await db.Set<ReviewRecord>().AsNoTracking()
                .Where(r => EF.Parameter(towns).Contains(r.Town) && r.CaseId != null && EF.Parameter(ids).Contains(r.CaseId))
                .Select(r => new { r.Town, r.CaseId }).ToListAsync(ct);
            named.UnionWith(stored.Select(r => (r.Town, r.CaseId!)));
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
        var caseTowns = elsewhere.Select(n => n.Town).Distinct().ToArray();
        var caseIds = elsewhere.Select(n => n.CaseId).Distinct().ToArray();
        var unmarked = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => !c.Reviewed && EF.Parameter(caseTowns).Contains(c.Town) && EF.Parameter(caseIds).Contains(c.CaseId))
            .ToListAsync(ct);
        var wanted = elsewhere.ToHashSet();
        foreach (var stored in unmarked.Where(c => wanted.Contains((c.Town, c.CaseId))))
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
