namespace Supervision.Domain.Figures;

/// <summary>A hall's place in a bulletin; halls with equal scores share a place (1, 1, 3).</summary>
public sealed record RankedHall(int? Rank, string Town, decimal? Score, FigureSet Figures);

public static class HallRanking
{
    /// <summary>
    /// Highest score first. Halls without a score (no data at all) come last, unranked, so an idle
    /// hall is neither praised nor criticised; ties keep town-code order for a stable listing.
    /// </summary>
    public static IReadOnlyList<RankedHall> Rank(IEnumerable<FigureSet> halls)
    {
        var ordered = halls
            .OrderByDescending(h => h.Score.HasValue)
            .ThenByDescending(h => h.Score)
            .ThenBy(h => h.Scope.Code, StringComparer.Ordinal)
            .ToList();
        var result = new List<RankedHall>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var h = ordered[i];
            int? rank = h.Score is null ? null
                : i > 0 && ordered[i - 1].Score == h.Score ? result[i - 1].Rank
                : i + 1;
            result.Add(new RankedHall(rank, h.Scope.Code ?? h.Scope.ToString(), h.Score, h));
        }
        return result;
    }
}
