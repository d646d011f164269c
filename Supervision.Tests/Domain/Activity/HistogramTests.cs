namespace Supervision.Tests.Domain.Activity;

public class HistogramTests
{
    private static Histogram Waits(params double[] seconds)
    {
        var histogram = new Histogram(Histogram.WaitSecondsBinWidth);
        foreach (var s in seconds) histogram.Add(s);
        return histogram;
    }

    [Fact]
    public void Median_and_p90_are_the_upper_edges_of_the_nearest_rank_bins()
    {
        var histogram = Waits(10, 40, 70, 100, 130, 200, 250, 260, 290, 600);

        Assert.Equal(150, histogram.Median);
        Assert.Equal(300, histogram.P90);
    }

    [Fact]
    public void Formats_bins_ascending_and_parses_back()
    {
        var text = Waits(600, 10, 260, 250).ToString();

        Assert.Equal("0:1,8:2,20:1", text);
        Assert.Equal(text, Histogram.Parse(text, Histogram.WaitSecondsBinWidth).ToString());
    }

    [Fact]
    public void Merging_daily_histograms_equals_one_histogram_of_all_values()
    {
        var monday = Waits(10, 40, 70);
        monday.Merge(Waits(100, 40).ToString());

        Assert.Equal(Waits(10, 40, 70, 100, 40).ToString(), monday.ToString());
        Assert.Equal(5, monday.Count);
    }

    [Fact]
    public void Value_on_a_bin_edge_belongs_to_the_upper_bin()
    {
        var histogram = new Histogram(Histogram.ProcessingDaysBinWidth);
        histogram.Add(0.3);

        Assert.Equal("3:1", histogram.ToString());
        Assert.Equal(0.4, histogram.Median!.Value, 9);
    }

    [Fact]
    public void Empty_histogram_has_no_percentile_and_formats_as_empty_string()
    {
        var histogram = Histogram.Parse("", Histogram.WaitSecondsBinWidth);

        Assert.Null(histogram.Median);
        Assert.Equal("", histogram.ToString());
    }

    [Fact]
    public void Malformed_text_is_rejected_in_chinese()
    {
        var error = Assert.Throws<FormatException>(() => Histogram.Parse("3:1,x", 30));

        Assert.Contains("直方图格式错误", error.Message);
    }

    [Fact]
    public void Texts_joined_with_commas_merge_like_the_histograms_they_came_from()
    {
        var monday = Waits(10, 40, 600);
        var tuesday = Waits(20, 610, 900);
        var merged = Histogram.Parse(monday.ToString(), Histogram.WaitSecondsBinWidth);
        merged.Merge(tuesday);

        var joined = Histogram.Parse($"{monday},{tuesday}", Histogram.WaitSecondsBinWidth);

        Assert.Equal(merged.ToString(), joined.ToString());
        Assert.Equal(6, joined.Count);
    }

    [Theory]
    [InlineData("3:1,")]
    [InlineData("3:1,,4:2")]
    public void An_empty_part_between_or_after_bins_is_rejected(string text)
    {
        Assert.Throws<FormatException>(() => Histogram.Parse(text, Histogram.WaitSecondsBinWidth));
    }
}
