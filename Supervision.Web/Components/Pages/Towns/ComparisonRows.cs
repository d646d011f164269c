using Supervision.Web.Common;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Components.Pages.Towns;

/// <summary>One line of the hall-versus-county table: the same figure for the hall and for the county, as text.</summary>
public sealed record ComparisonRow(FigureKey Figure, string Hall, string County, bool HallBehind);

/// <summary>
/// The hall against the county for one period. Shares are compared with the pooled county share
/// (numerators and denominators summed, as docs/metrics.md defines the county); counts with the
/// county total divided by the number of halls (全县平均).
/// </summary>
public static class ComparisonRows
{
    private static readonly (FigureKey Key, Func<FigureSet, Ratio> Of, bool HigherIsBetter)[] Shares =
    [
        (FigureKey.ItemCoverage, f => f.ItemCoverage, true),
        (FigureKey.CaseShare, f => f.CaseShare, true),
        (FigureKey.InstantRate, f => f.InstantRate, true),
        (FigureKey.OnTimeRate, f => f.OnTimeRate, true),
        (FigureKey.EscalatedOnTimeRate, f => f.EscalatedOnTimeRate, true),
        (FigureKey.OneTripRate, f => f.OneTripRate, true),
        (FigureKey.AbandonmentRate, f => f.AbandonmentRate, false),
        (FigureKey.GoodReviewRate, f => f.GoodReviewRate, true),
        (FigureKey.RectifiedOnTimeRate, f => f.RectifiedOnTimeRate, true),
        (FigureKey.ComplaintResolvedOnTime, f => f.ComplaintResolvedOnTimeRate, true),
        (FigureKey.AttendanceRate, f => f.AttendanceRate, true),
    ];

    private static readonly (FigureKey Key, Func<FigureSet, decimal> Of, bool HigherIsBetter)[] Counts =
    [
        (FigureKey.Accepted, f => f.Accepted, true),
        (FigureKey.Completed, f => f.Completed, true),
        (FigureKey.CompletedLate, f => f.CompletedLate, false),
        (FigureKey.NegativeReviews, f => f.NegativeReviews, false),
        (FigureKey.Complaints, f => f.ComplaintsFiled, false),
    ];

    public static IReadOnlyList<ComparisonRow> Build(FigureSet hall, FigureSet county, int hallCount)
    {
        ArgumentNullException.ThrowIfNull(hall);
        ArgumentNullException.ThrowIfNull(county);
        var rows = new List<ComparisonRow>();
        foreach (var (key, of, higher) in Shares)
        {
            var (h, c) = (of(hall), of(county));
            rows.Add(new(key, h.ToString(), c.ToString(), Behind(h.Percent, c.Percent, higher)));
        }
        rows.Add(new(FigureKey.MeanWait, ZhFormat.Minutes(hall.MeanWaitSeconds), ZhFormat.Minutes(county.MeanWaitSeconds),
            Behind(hall.MeanWaitSeconds, county.MeanWaitSeconds, higherIsBetter: false)));
        rows.Add(new(FigureKey.HallScore, ZhFormat.Score(hall.Score), ZhFormat.Score(county.Score), Behind(hall.Score, county.Score, true)));
        foreach (var (key, of, higher) in Counts)
        {
            decimal? average = hallCount > 0 ? of(county) / hallCount : null;
            rows.Add(new(key, ZhFormat.Count((long)of(hall)), ZhFormat.Average(average), Behind(of(hall), average, higher)));
        }
        return rows;
    }

    private static bool Behind(decimal? hall, decimal? county, bool higherIsBetter) =>
        hall is { } h && county is { } c && (higherIsBetter ? h < c : h > c);
}
