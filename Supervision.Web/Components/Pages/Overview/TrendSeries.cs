using Supervision.Web.Common;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Components.Pages.Overview;

/// <summary>Daily points as chart data: x labels thinned to about a dozen, rates in percent with gaps for “—”.</summary>
public static class TrendSeries
{
    public const int MaxLabels = 12;

    public static string[] Labels(IReadOnlyList<DailyPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var step = Math.Max(1, (int)Math.Ceiling(points.Count / (double)MaxLabels));
        return points.Select((p, i) => i % step == 0 || i == points.Count - 1 ? ZhFormat.ShortDate(p.Day) : "").ToArray();
    }

    public static double[] Accepted(IReadOnlyList<DailyPoint> points) => points.Select(p => (double)p.Accepted).ToArray();

    public static double[] Completed(IReadOnlyList<DailyPoint> points) => points.Select(p => (double)p.Completed).ToArray();

    /// <summary>按时办结率 per day in percent; null (a gap, not 0 %) on days without completed cases.</summary>
    public static double?[] OnTimePercent(IReadOnlyList<DailyPoint> points) =>
        points.Select(p => p.OnTimeRate.Percent is { } v ? (double?)(double)v : null).ToArray();

    /// <summary>好评率 per day in percent; null on days without reviews.</summary>
    public static double?[] GoodReviewPercent(IReadOnlyList<DailyPoint> points) =>
        points.Select(p => p.GoodReviewRate.Percent is { } v ? (double?)(double)v : null).ToArray();
}
