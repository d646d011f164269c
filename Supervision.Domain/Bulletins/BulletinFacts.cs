using Supervision.Domain.Figures;

namespace Supervision.Domain.Bulletins;

/// <summary>
/// What a bulletin's text is written from: the county figures and the hall ranking of the period and
/// of the period before (for “较上期”), and the towns' names. The figures are the dashboard's own.
/// </summary>
public sealed record BulletinFacts(
    Period Period,
    FigureSet County,
    IReadOnlyList<RankedHall> Ranking,
    Period PreviousPeriod,
    FigureSet PreviousCounty,
    IReadOnlyList<RankedHall> PreviousRanking,
    IReadOnlyDictionary<string, string> TownNames)
{
    public string NameOf(string town) => TownNames.TryGetValue(town, out var name) ? name : town;

    /// <summary>Working days in <see cref="Period"/> (the calendar's rules); 0 when not counted.</summary>
    public int WorkingDays { get; init; }

    /// <summary>Working days in <see cref="PreviousPeriod"/>; 0 when not counted.</summary>
    public int PreviousWorkingDays { get; init; }

    /// <summary>Whether the two periods differ in working days, so counts are compared per working day.</summary>
    public bool UnequalLengths => WorkingDays > 0 && PreviousWorkingDays > 0 && WorkingDays != PreviousWorkingDays;

    /// <summary>
    /// The best halls: the halls ranked in the top three places (ties at the third place included) that
    /// miss no target, so no hall is praised and criticised in one bulletin.
    /// </summary>
    public IReadOnlyList<RankedHall> Best =>
        Ranking.Where(h => h.Rank is { } r && r <= 3 && h.Figures.Misses.Count == 0).ToList();

    /// <summary>Halls that missed at least one target that applies to them: 通报批评, in ranking order.</summary>
    public IReadOnlyList<RankedHall> Lagging =>
        Ranking.Where(h => h.Figures.Misses.Count > 0).ToList();

    /// <summary>Places gained since the previous period (positive = up); null when either period has no rank.</summary>
    public int? RankChange(string town)
    {
        var now = Ranking.FirstOrDefault(h => h.Town == town)?.Rank;
        var before = PreviousRanking.FirstOrDefault(h => h.Town == town)?.Rank;
        return now is { } n && before is { } b ? b - n : null;
    }

    /// <summary>Score change since the previous period; null when either has no score.</summary>
    public decimal? ScoreChange(string town)
    {
        var now = Ranking.FirstOrDefault(h => h.Town == town)?.Score;
        var before = PreviousRanking.FirstOrDefault(h => h.Town == town)?.Score;
        return now is { } n && before is { } b ? n - b : null;
    }
}
