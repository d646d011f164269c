using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>
/// Keeps the two facts joining reviews and cases equal to <see cref="CaseReviewMarks"/> over all records:
/// <see cref="ReviewRecord.Late"/> (补评 past the limit, from the named case's completion) and
/// <see cref="CaseRecord.Reviewed"/> (some review in time names the case: 评价率's numerator,
/// docs/metrics.md). A batch touches the cases it refolds and the cases its reviews name; their stored
/// reviews and cases are read, and each stored record whose mark changes counts as a changed record
/// (old version out of the rollups, new one in).
/// </summary>
internal static class ReviewedCases
{
    public static async Task MarkAsync(SupervisionDbContext db, RecordSet old, RecordSet records, ActivityContext ctx, CancellationToken ct)
    {
        var affected = records.Cases.Values.Select(c => (c.Town, c.CaseId))
            .Concat(records.Reviews.Values.Where(r => r.CaseId is not null).Select(r => (r.Town, CaseId: r.CaseId!)))
            .ToHashSet();
        if (affected.Count == 0)
        {
            return;
        }

        // Every case and review of the affected cases: this batch's version first, else the stored one.
        var cases = records.Cases.Values.ToDictionary(c => (c.Town, c.CaseId));
        var reviews = records.Reviews.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var storedCases = new List<CaseRecord>();
        var storedReviews = new List<ReviewRecord>();
        // One query per town: an IN list on both key columns would probe every town × id pair.
        foreach (var town in affected.GroupBy(a => a.Town))
        {
            var ids = town.Select(a => a.CaseId).ToArray();
            storedReviews.AddRange(await db.Set<ReviewRecord>().AsNoTracking()
                .Where(r => r.Town == town.Key && r.CaseId != null && EF.Parameter(ids).Contains(r.CaseId)).ToListAsync(ct));
            var unfolded = ids.Where(id => !cases.ContainsKey((town.Key, id))).ToArray();
            if (unfolded.Length > 0)
            {
                storedCases.AddRange(await db.Set<CaseRecord>().AsNoTracking()
                    .Where(c => c.Town == town.Key && EF.Parameter(unfolded).Contains(c.CaseId)).ToListAsync(ct));
            }
        }
        foreach (var stored in storedCases)
        {
            cases[(stored.Town, stored.CaseId)] = stored;
        }
        foreach (var stored in storedReviews)
        {
            reviews.TryAdd(SubjectKey.Of(SubjectKind.Review, stored.Town, stored.ReviewId), stored);
        }

        var named = new HashSet<(string Town, string CaseId)>();
        foreach (var (subject, review) in reviews)
        {
            var completedAt = review.CaseId is not null && cases.TryGetValue((review.Town, review.CaseId), out var c) ? c.CompletedAt : null;
            var late = CaseReviewMarks.IsLate(review, completedAt, ctx);
            if (!late && review.CaseId is not null)
            {
                named.Add((review.Town, review.CaseId));
            }
            if (records.Reviews.ContainsKey(subject))
            {
                review.Late = late;
            }
            else if (review.Late != late)
            {
                var changed = review.Copy();
                changed.Late = late;
                old.Reviews[subject] = review;
                records.Reviews[subject] = changed;
            }
        }

        foreach (var (key, c) in cases)
        {
            var reviewed = named.Contains(key);
            var subject = SubjectKey.Of(SubjectKind.Case, c.Town, c.CaseId);
            if (records.Cases.ContainsKey(subject))
            {
                c.Reviewed = reviewed;
            }
            else if (c.Reviewed != reviewed)
            {
                var changed = c.Copy();
                changed.Reviewed = reviewed;
                old.Cases[subject] = c;
                records.Cases[subject] = changed;
            }
        }
    }

    /// <summary>After a rebuild has written every record: mark late reviews, then each case some review in time names.</summary>
    public static async Task MarkAllAsync(SupervisionDbContext db, ActivityContext ctx, CancellationToken ct)
    {
        var pairs = await (
                from r in db.Set<ReviewRecord>().AsNoTracking()
                join c in db.Set<CaseRecord>().AsNoTracking() on new { r.Town, CaseId = r.CaseId! } equals new { c.Town, c.CaseId }
                where r.SubmittedAt != null && c.CompletedAt != null
                select new { Review = r, c.CompletedAt })
            .ToListAsync(ct);
        foreach (var town in pairs.Where(p => CaseReviewMarks.IsLate(p.Review, p.CompletedAt, ctx)).GroupBy(p => p.Review.Town))
        {
            var ids = town.Select(p => p.Review.ReviewId).ToArray();
            await db.Set<ReviewRecord>().Where(r => r.Town == town.Key && EF.Parameter(ids).Contains(r.ReviewId))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Late, true), ct);
        }
        await db.Set<CaseRecord>()
            .Where(c => db.Set<ReviewRecord>().Any(r => r.Town == c.Town && r.CaseId == c.CaseId && !r.Late))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Reviewed, true), ct);
    }
}
