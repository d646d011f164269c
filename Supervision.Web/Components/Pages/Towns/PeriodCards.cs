using Supervision.Web.Components.Shared;
using Supervision.Web.Common;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Components.Pages.Towns;

/// <summary>The figures one hall reads out at its weekly meeting, for one period, with what the cards compare them with.</summary>
/// <param name="Hall">The hall in the period.</param>
/// <param name="Previous">The hall in the period before, of the same length (<see cref="PeriodComparison.Previous"/>).</param>
/// <param name="County">The county in the period; counts are compared with its per-hall average.</param>
public sealed record PeriodFigures(string Town, FigureSet Hall, FigureSet Previous, FigureSet County, int HallCount);

/// <summary>
/// The town page's period cards: each with ▲▼ against the previous period and the county, and — where a
/// list holds exactly the rows it counts — a drill-down (<see cref="Kpi.LinkCount"/> is that number: a
/// count, or a rate's numerator).
/// </summary>
public static class PeriodCards
{
    public const string AgainstPrevious = "较上期";
    public const string AgainstCounty = "较全县";
    public const string AgainstCountyAverage = "较全县平均";

    public static IReadOnlyList<Kpi> Build(PeriodFigures figures, FigureTargets targets)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(targets);
        var (town, hall, period) = (figures.Town, figures.Hall, figures.Hall.Period);
        return
        [
            Count(figures, FigureKey.Accepted, f => f.Accepted, CaseLinks.Accepted(town, period)),
            Count(figures, FigureKey.Completed, f => f.Completed, CaseLinks.Completed(town, period)),
            Share(figures, FigureKey.OnTimeRate, f => f.OnTimeRate, hall.AtLeast(TargetKey.OnTime, targets),
                CaseLinks.For(town, period, CaseStatusFilter.OnTime)),
            Count(figures, FigureKey.CompletedLate, f => f.CompletedLate, CaseLinks.Late(town, period), higherIsBetter: false),
            Share(figures, FigureKey.OneTripRate, f => f.OneTripRate, hall.AtLeast(TargetKey.OneTrip, targets),
                CaseLinks.For(town, period, CaseStatusFilter.OneTrip)),
            Share(figures, FigureKey.CaseShare, f => f.CaseShare, hall.AtLeast(TargetKey.CaseShare, targets)),
            Share(figures, FigureKey.InstantRate, f => f.InstantRate, null),
            Processing(figures),
            Share(figures, FigureKey.SpeedUpRate, f => f.SpeedUpRate, null),
            Share(figures, FigureKey.GoodReviewRate, f => f.GoodReviewRate, hall.AtLeast(TargetKey.GoodReview, targets)),
            Count(figures, FigureKey.NegativeReviews, f => f.NegativeReviews, null, higherIsBetter: false),
            Count(figures, FigureKey.Complaints, f => f.ComplaintsFiled, null, higherIsBetter: false),
        ];
    }

    private static Kpi Count(PeriodFigures f, FigureKey key, Func<FigureSet, int> of, string? href, bool higherIsBetter = true)
    {
        var value = of(f.Hall);
        decimal? previous = FigureActivity.IsEmpty(f.Previous) ? null : of(f.Previous);
        decimal? average = f.HallCount > 0 ? Math.Round((decimal)of(f.County) / f.HallCount, 1, MidpointRounding.AwayFromZero) : null;
        return new Kpi
        {
            Figure = key,
            Value = ZhFormat.Count(value),
            Href = href,
            LinkCount = href is null ? null : value,
            Changes =
            [
                new(AgainstPrevious, FigureChange.Of(value, previous, "件"), higherIsBetter),
                new(AgainstCountyAverage, FigureChange.Of(value, average, "件"), higherIsBetter),
            ],
        };
    }

    private static Kpi Share(PeriodFigures f, FigureKey key, Func<FigureSet, Ratio> of, decimal? atLeast, string? href = null)
    {
        var value = of(f.Hall);
        return new Kpi
        {
            Figure = key,
            Ratio = value,
            AtLeast = atLeast,
            Href = href,
            LinkCount = href is null ? null : (int)value.Numerator,
            Changes =
            [
                new(AgainstPrevious, FigureChange.Of(value, of(f.Previous))),
                new(AgainstCounty, FigureChange.Of(value, of(f.County))),
            ],
        };
    }

    /// <summary>Mean, median and p90 working days; shorter is better.</summary>
    private static Kpi Processing(PeriodFigures f) => new()
    {
        Figure = FigureKey.ProcessingTime,
        Value = ZhFormat.WorkingDays(f.Hall.MeanProcessingDays),
        Detail = $"中位数 {ZhFormat.Number(f.Hall.MedianProcessingDays, 2)} · P90 {ZhFormat.Number(f.Hall.P90ProcessingDays, 2)}",
        Changes =
        [
            new(AgainstPrevious, FigureChange.Of(Round(f.Hall.MeanProcessingDays), Round(f.Previous.MeanProcessingDays), "个工作日"), HigherIsBetter: false),
            new(AgainstCounty, FigureChange.Of(Round(f.Hall.MeanProcessingDays), Round(f.County.MeanProcessingDays), "个工作日"), HigherIsBetter: false),
        ],
    };

    private static decimal? Round(decimal? days) => days is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : null;
}
