using Supervision.Domain.Figures;
using Supervision.Web.Components.Pages.Overview;
using Supervision.Web.Queries.Figures;

namespace Supervision.Tests.Web.Components.Pages.Overview;

public sealed class TrendSeriesTests
{
    private static IReadOnlyList<DailyPoint> Days(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new DailyPoint(new DateOnly(2020, 10, 1).AddDays(i), i, 0, i % 2 == 0 ? Ratio.Of(4, 5) : Ratio.Empty, Ratio.Empty))
            .ToList();

    [Fact]
    public void Day_labels_are_chinese_month_and_day()
    {
        Assert.Equal(["10月1日", "10月2日", "10月3日"], TrendSeries.Labels(Days(3)));
    }

    [Fact]
    public void A_month_of_labels_is_thinned_but_keeps_the_first_and_last_day()
    {
        var labels = TrendSeries.Labels(Days(31));

        Assert.True(labels.Count(l => l.Length > 0) <= TrendSeries.MaxLabels + 1);
        Assert.Equal(("10月1日", "10月31日"), (labels[0], labels[^1]));
    }

    [Fact]
    public void Days_without_a_rate_are_gaps_not_zero()
    {
        Assert.Equal([80.0, null, 80.0], TrendSeries.OnTimePercent(Days(3)));
    }
}
