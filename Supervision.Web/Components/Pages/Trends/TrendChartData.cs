using Supervision.Web.Queries.Trends;

namespace Supervision.Web.Components.Pages.Trends;

/// <summary>
/// A trend as chart data: short x labels thinned so no two touch, rates in percent with gaps for “—”, and a
/// rate axis of 0–100 % or a stated window ending at 100 %.
/// </summary>
public static class TrendChartData
{
    /// <summary>At most this many x labels: 12 weeks show every other one, 30 days every third.</summary>
    public static int MaxLabels(TrendSpan span) => span == TrendSpan.Weeks ? 6 : 10;

    /// <summary>The headline shares a trend plots, in the order of docs/metrics.md.</summary>
    public static IReadOnlyList<(string Name, Func<TrendPoint, Ratio> Share)> Rates { get; } =
    [
        ("一窗受理办件占比", p => p.CaseShare),
        ("按时办结率", p => p.OnTimeRate),
        ("一次办好率", p => p.OneTripRate),
        ("好评率", p => p.GoodReviewRate),
    ];

    /// <summary>A period's short name on the axis: 第41周 for a week, 10/12 for a day.</summary>
    public static string Label(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == PeriodKind.Week
            ? $"第{period.IsoWeek.Week}周"
            : string.Create(CultureInfo.InvariantCulture, $"{period.Start.Month}/{period.Start.Day}");
    }

    /// <summary>
    /// One label per period, blank except every <c>step</c>-th counted back from the newest, so the latest
    /// period is always named and labels never crowd each other.
    /// </summary>
    public static string[] Labels(IReadOnlyList<Period> periods, TrendSpan span)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / (double)MaxLabels(span)));
        return periods.Select((p, i) => (periods.Count - 1 - i) % step == 0 ? Label(p) : "").ToArray();
    }

    /// <summary>A share per period in percent (one decimal, as shown); null (a gap, not 0 %) where it has no value.</summary>
    public static double?[] Percents(TrendLine line, Func<TrendPoint, Ratio> share)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(share);
        return line.Points.Select(p => share(p).Percent is { } v ? (double?)(double)v : null).ToArray();
    }

    public static double[] Counts(TrendLine line, Func<TrendPoint, int> count)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(count);
        return line.Points.Select(p => (double)count(p)).ToArray();
    }

    /// <summary>The count axis step: 1, 2 or 5 times a power of ten, so that at most six grid lines stand above zero.</summary>
    public static int CountStep(IEnumerable<double> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var max = counts.DefaultIfEmpty(0).Max();
        var (step, magnitude) = (1, 1);
        int[] nice = [1, 2, 5];
        for (var i = 0; max / step > 6; i++)
        {
            if (i == nice.Length)
            {
                (i, magnitude) = (0, magnitude * 10);
            }
            step = nice[i] * magnitude;
        }
        return step;
    }

    /// <summary>
    /// The rate axis for <paramref name="values"/>: from the tens below the lowest value to 100 % when that is
    /// 50 % or more (stated on the chart, e.g. 80%–100%), else 0–100 %.
    /// </summary>
    public static RateAxis Axis(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.OfType<double>().ToList();
        if (present.Count == 0)
        {
            return RateAxis.Whole;
        }
        var floor = (int)Math.Floor(present.Min() / 10) * 10;
        return floor is >= 50 and < 100 ? new RateAxis(floor, 10) : RateAxis.Whole;
    }
}

/// <summary>A rate axis from <see cref="Min"/> % to 100 % with a grid line every <see cref="Step"/> points.</summary>
public sealed record RateAxis(int Min, int Step)
{
    public static RateAxis Whole { get; } = new(0, 20);

    public const int Max = 100;

    /// <summary>Stated under the chart: 纵轴 0%–100%, or 纵轴 80%–100%（放大显示）.</summary>
    public string Text => Min == 0 ? "纵轴 0%–100%" : $"纵轴 {Min}%–100%（放大显示）";
}
