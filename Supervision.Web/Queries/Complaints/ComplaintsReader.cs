using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Complaints;

/// <param name="Categories">Complaints filed in the period per category, in category order.</param>
/// <param name="Board">Complaints filed in the period, or earlier and still not followed up.</param>
public sealed record ComplaintsView(IReadOnlyList<(ComplaintCategory Category, int Count)> Categories, IReadOnlyList<ComplaintRecord> Board);

public sealed class ComplaintsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <param name="town">A town code, or null for the county.</param>
    public async Task<ComplaintsView> GetAsync(string? town, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var board = await db.Set<ComplaintRecord>().AsNoTracking()
            .Where(c => town == null || c.Town == town)
            .Where(c => (c.FiledDay >= period.Start && c.FiledDay <= period.End)
                || (c.FiledDay < period.Start && c.FollowedUpAt == null))
            .ToListAsync(cancellationToken);
        var filed = board.Where(c => c.FiledDay is { } d && period.Contains(d)).ToList();
        var categories = Enum.GetValues<ComplaintCategory>()
            .Select(k => (k, filed.Count(c => c.Category == k)))
            .ToList();
        return new ComplaintsView(categories, board
            .OrderBy(c => c.FiledAt)
            .ThenBy(c => c.ComplaintId, StringComparer.Ordinal)
            .ToList());
    }
}
