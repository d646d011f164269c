using Supervision.Domain.Activity;
using Supervision.Domain.Activity.Rollups;

namespace Supervision.Domain.Figures;

/// <summary>
/// Figure 5 of one group of completed cases (a hall, an item, a department): mean, median and p90 working
/// days and 提速率, exactly as <see cref="FigureCalculator"/> computes them for a hall, plus used ÷ promised.
/// </summary>
public sealed record ProcessingFigures(int Completed, decimal? MeanDays, decimal? MedianDays, decimal? P90Days, Ratio SpeedUpRate)
{
    /// <summary>Used ÷ promised working days over completed non-instant cases (1 − 提速率); above 1 is slower than promised.</summary>
    public decimal? UsedOverPromised => SpeedUpRate.Value is { } speedUp ? 1 - speedUp : null;

    /// <summary>The processing figures of a hall's or the county's <see cref="FigureSet"/>.</summary>
    public static ProcessingFigures From(FigureSet figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(figures.Completed, figures.MeanProcessingDays, figures.MedianProcessingDays, figures.P90ProcessingDays, figures.SpeedUpRate);
    }

    /// <summary>
    /// The figures of <paramref name="cases"/> completed in <paramref name="period"/>: each case counts through
    /// the same day rollup as every hall figure (<see cref="RollupCalculator"/>), and the rollups are pooled by
    /// <paramref name="calculator"/>, so a group of one hall's cases gives that hall's figure.
    /// </summary>
    public static ProcessingFigures Of(IEnumerable<CaseRecord> cases, Period period, FigureCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calculator);
        var days = cases
            .Where(c => c.CompletedDay is { } day && period.Contains(day))
            .GroupBy(c => (c.Town, Day: c.CompletedDay!.Value))
            .Select(g => RollupCalculator.ForDay(g.Key.Town, g.Key.Day, new DayRecords { Cases = g.ToList() }).Town)
            .ToList();
        // The county scope pools whatever rows it is given; no live state or item history is needed for figure 5.
        return From(calculator.Calculate(Scope.County, period, days, []));
    }
}
