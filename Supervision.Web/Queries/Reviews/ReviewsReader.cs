using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Reviews;

/// <param name="LevelCounts">Reviews submitted in the period per level, index 0 = level 1 (非常不满意) … 4 = level 5.</param>
/// <param name="Negative">差评 on the board: submitted in the period, or earlier and still not followed up.</param>
public sealed record ReviewsView(IReadOnlyList<int> LevelCounts, IReadOnlyList<ReviewRecord> Negative);

public sealed class ReviewsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <param name="town">A town code, or null for the county.</param>
    public async Task<ReviewsView> GetAsync(string? town, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = db.Set<ReviewRecord>().AsNoTracking().Where(r => town == null || r.Town == town);
        var levels = await reviews
            .Where(r => r.SubmittedDay >= period.Start && r.SubmittedDay <= period.End && r.Level != null)
            .GroupBy(r => r.Level)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = Enumerable.Range(1, 5).Select(l => levels.FirstOrDefault(x => x.Level == l)?.Count ?? 0).ToList();
        var negative = await reviews
            .Where(r => r.IsNegative
                && ((r.SubmittedDay >= period.Start && r.SubmittedDay <= period.End)
                    || (r.SubmittedDay < period.Start && r.FollowedUpAt == null && r.Valid != false)))
            .ToListAsync(cancellationToken);
        return new ReviewsView(counts, negative
            .OrderBy(r => r.RectifyDue ?? r.SubmittedAt)
            .ThenBy(r => r.ReviewId, StringComparer.Ordinal)
            .ToList());
    }
}
