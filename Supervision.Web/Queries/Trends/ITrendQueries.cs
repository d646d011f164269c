namespace Supervision.Web.Queries.Trends;

/// <summary>The trends of the overview and the town page: finished weeks or working days, pooled per period.</summary>
public interface ITrendQueries
{
    /// <summary>
    /// <paramref name="town"/>'s line and the county's, or (town null) the county's with its pilot and
    /// non-pilot halls, over the periods of <paramref name="span"/> before today (<see cref="TrendBuckets"/>).
    /// </summary>
    Task<TrendView> GetAsync(string? town, TrendSpan span, CancellationToken cancellationToken);
}

/// <summary>The periods a trend plots, oldest first, and a line per group of halls.</summary>
public sealed record TrendView(TrendSpan Span, IReadOnlyList<Period> Periods, IReadOnlyList<TrendLine> Lines)
{
    /// <summary>The last day plotted (never today or later); null when there is no period.</summary>
    public DateOnly? Through => Periods.Count == 0 ? null : Periods[^1].End;

    /// <summary>True when no line has a single case or review in any period.</summary>
    public bool IsEmpty => Lines.All(l => l.Points.All(p => p.Accepted == 0 && p.Completed == 0 && !p.GoodReviewRate.HasValue));
}

/// <summary>One group of halls (本中心, 全县, 试点镇街, 非试点镇街): one point per period.</summary>
public sealed record TrendLine(string Name, IReadOnlyList<TrendPoint> Points);

/// <summary>A period's counts and the headline shares, each pooled over the period's days (never averaged).</summary>
public sealed record TrendPoint(Period Period, int Accepted, int Completed, Ratio CaseShare, Ratio OnTimeRate, Ratio OneTripRate, Ratio GoodReviewRate)
{
    public static TrendPoint From(FigureSet figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(figures.Period, figures.Accepted, figures.Completed, figures.CaseShare, figures.OnTimeRate, figures.OneTripRate, figures.GoodReviewRate);
    }
}
