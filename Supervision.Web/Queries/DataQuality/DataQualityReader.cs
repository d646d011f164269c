using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.DataQuality;

/// <summary>One town's data-quality problems, counted by kind.</summary>
public sealed record DataQualityCounts(string Town, IReadOnlyDictionary<DataQualityKind, int> ByKind)
{
    public int Of(DataQualityKind kind) => ByKind.GetValueOrDefault(kind);
    public int Total => ByKind.Values.Sum();
}

/// <param name="Towns">Every town (in the order given), with zero counts where nothing was flagged.</param>
/// <param name="Issues">The shown town's (or the county's) problems, newest first, at most <see cref="DataQualityReader.MaxListed"/>.</param>
/// <param name="IssueCount">How many problems the shown scope has in all.</param>
public sealed record DataQualityView(IReadOnlyList<DataQualityCounts> Towns, IReadOnlyList<DataQualityIssue> Issues, int IssueCount);

/// <summary>The 数据质量 page's reads: the flagged case and review records (few by nature), classified by <see cref="DataQualityIssues"/>.</summary>
public sealed class DataQualityReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    public const int MaxListed = 1000;

    /// <param name="towns">The county's town codes, in display order.</param>
    /// <param name="town">A town code, or null for the county.</param>
    public async Task<DataQualityView> GetAsync(IReadOnlyList<string> towns, string? town, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(towns);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => c.RefusalWithoutReason || c.BackdatedPauses > 0 || c.UnknownItem)
            .ToListAsync(cancellationToken);
        var reviews = await db.Set<ReviewRecord>().AsNoTracking()
            .Where(r => r.MissingReasons || r.Late)
            .ToListAsync(cancellationToken);
        var issues = cases.SelectMany(DataQualityIssues.Of).Concat(reviews.SelectMany(DataQualityIssues.Of)).ToList();

        var byTown = issues.ToLookup(i => i.Town, StringComparer.Ordinal);
        var counts = towns
            .Select(t => new DataQualityCounts(t, byTown[t].GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count())))
            .ToList();
        var shown = issues.Where(i => town is null || i.Town == town).ToList();
        var listed = shown
            .OrderByDescending(i => i.At)
            .ThenBy(i => i.Town, StringComparer.Ordinal)
            .ThenBy(i => i.Subject, StringComparer.Ordinal)
            .ThenBy(i => i.Kind)
            .Take(MaxListed)
            .ToList();
        return new DataQualityView(counts, listed, shown.Count);
    }
}
