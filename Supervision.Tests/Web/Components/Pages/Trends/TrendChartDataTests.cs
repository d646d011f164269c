using Supervision.Web.Components.Pages.Trends;

namespace Supervision.Tests.Web.Components.Pages.Trends;

public sealed class TrendChartDataTests
{
    [Theory]
    [InlineData(new double[] { 100, 100 }, 0)]        // all 100 %: a window of nothing, so the whole axis
    [InlineData(new double[] { 99.5, 79.9 }, 70)]
    [InlineData(new double[] { 50.0, 100 }, 50)]
    [InlineData(new double[] { 49.9, 100 }, 0)]
    public void The_rate_axis_starts_at_the_tens_below_the_lowest_value_or_at_zero(double[] values, int min)
    {
        Assert.Equal(min, TrendChartData.Axis(values.Select(v => (double?)v).Append(null)).Min);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(640, 200)]   // 100 would give 7 lines above zero
    [InlineData(1040, 200)]
    public void The_count_axis_steps_by_1_2_or_5_times_a_power_of_ten_with_at_most_six_lines(double max, int step)
    {
        Assert.Equal(step, TrendChartData.CountStep([0, max]));
    }

    [Fact]
    public void A_rate_without_a_denominator_is_a_gap_not_zero()
    {
        var week = Period.Week(2020, 41);
        var line = new TrendLine("全县", [new TrendPoint(week, 0, 0, Ratio.Empty, Ratio.Of(1, 3), Ratio.Empty, Ratio.Empty)]);

        Assert.Equal([null], TrendChartData.Percents(line, p => p.CaseShare));
        Assert.Equal([33.3], TrendChartData.Percents(line, p => p.OnTimeRate));
    }

    [Fact]
    public void Short_labels_name_days_by_month_and_day_and_weeks_by_their_iso_number_across_the_new_year()
    {
        var days = Enumerable.Range(0, 7).Select(i => Period.Day(new DateOnly(2020, 12, 28).AddDays(i))).ToList();

        Assert.Equal(["12/28", "12/29", "12/30", "12/31", "1/1", "1/2", "1/3"], TrendChartData.Labels(days, TrendSpan.WorkingDays));
        Assert.Equal(["第50周", "第51周", "第52周", "第53周"], TrendChartData.Labels(
            [Period.Week(2020, 50), Period.Week(2020, 51), Period.Week(2020, 52), Period.Week(2020, 53)], TrendSpan.Weeks));
    }
}
