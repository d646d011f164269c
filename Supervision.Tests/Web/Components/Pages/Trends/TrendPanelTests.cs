using Supervision.Tests.Web.Components.Fakes;
using Supervision.Web.Components.Pages.Trends;

namespace Supervision.Tests.Web.Components.Pages.Trends;

public sealed class TrendPanelTests : PageTest
{
    private static readonly IReadOnlyList<Period> Weeks = FakeTrendQueries.Empty(TrendSpan.Weeks).Periods;

    private IRenderedComponent<TrendPanel> Render(string? town = null) =>
        Context.Render<TrendPanel>(p => p.Add(c => c.Town, town));

    private static AngleSharp.Dom.IElement Chart(IRenderedComponent<TrendPanel> cut, string figure) =>
        cut.FindAll(".trend-rate").Single(e => e.GetAttribute("data-figure") == figure);

    private static List<string> YLabels(AngleSharp.Dom.IElement chart) =>
        chart.QuerySelectorAll("g.mud-charts-yaxis text").Select(t => t.TextContent).ToList();

    private static List<string> XLabels(AngleSharp.Dom.IElement chart) =>
        chart.QuerySelectorAll("g.mud-charts-xaxis text").Select(t => t.TextContent).Where(t => t.Length > 0).ToList();

    [Fact]
    public void A_rate_reaching_below_half_is_drawn_on_a_0_to_100_percent_axis()
    {
        // 3 of 10 up to 10 of 10: 30 % … 100 %.
        Trends.View = (_, span) => new TrendView(span, Weeks, [FakeTrendQueries.Line("全县", Weeks, i => Ratio.Of(Math.Min(10, 3 + i), 10))]);

        var chart = Chart(Render(), "按时办结率");

        Assert.Equal(["0%", "20%", "40%", "60%", "80%", "100%"], YLabels(chart));
        Assert.Equal("纵轴 0%–100%", chart.QuerySelector(".trend-axis")!.TextContent);
    }

    [Fact]
    public void Rates_all_above_80_percent_get_a_stated_window_ending_at_100_percent()
    {
        Trends.View = (_, span) => new TrendView(span, Weeks, [FakeTrendQueries.Line("全县", Weeks, i => Ratio.Of(85 + i, 100))]);

        var chart = Chart(Render(), "好评率");

        Assert.Equal(["80%", "90%", "100%"], YLabels(chart));
        Assert.Equal("纵轴 80%–100%（放大显示）", chart.QuerySelector(".trend-axis")!.TextContent);
        Assert.Equal("80", chart.GetAttribute("data-axis-min"));
    }

    [Fact]
    public void Twelve_weeks_are_labelled_every_other_week_ending_with_the_last_finished_one()
    {
        Trends.View = (_, span) => new TrendView(span, Weeks, [FakeTrendQueries.Line("全县", Weeks, _ => Ratio.Of(9, 10))]);

        var cut = Render();

        Assert.Equal(["第31周", "第33周", "第35周", "第37周", "第39周", "第41周"], XLabels(Chart(cut, "一窗受理办件占比")));
        Assert.Equal("2020-10-11", cut.Find(".trend-panel").GetAttribute("data-through"));
        Assert.Contains("截至 2020年10月11日", cut.Find(".trend-panel h6").TextContent);
    }

    [Fact]
    public void Thirty_working_days_are_asked_for_on_the_switch_and_labelled_month_slash_day()
    {
        Trends.View = (_, span) => FakeTrendQueries.Empty(span) is var empty
            ? empty with { Lines = [FakeTrendQueries.Line("全县", empty.Periods, _ => Ratio.Of(1, 1))] }
            : empty;
        var cut = Render();

        cut.Find(".trend-span-days").Click();

        Assert.Equal((null, TrendSpan.WorkingDays), Trends.Asked[^1]);
        var labels = XLabels(Chart(cut, "一次办好率"));
        Assert.Equal(10, labels.Count);
        Assert.Equal("9/23", labels[^1]);   // the 30th day of the fake, 2020-08-25 + 29
        Assert.Contains("按工作日", cut.Find(".trend-note").TextContent);
    }

    [Fact]
    public void The_county_shows_its_pilot_and_non_pilot_lines_in_the_legend()
    {
        Trends.View = (_, span) => new TrendView(span, Weeks,
        [
            FakeTrendQueries.Line("全县", Weeks, _ => Ratio.Of(9, 10)),
            FakeTrendQueries.Line("试点镇街（3个）", Weeks, _ => Ratio.Of(10, 10)),
            FakeTrendQueries.Line("非试点镇街（9个）", Weeks, _ => Ratio.Of(8, 10)),
        ]);

        var chart = Chart(Render(), "按时办结率");

        Assert.Contains("试点镇街（3个）", chart.TextContent);
        Assert.Contains("非试点镇街（9个）", chart.TextContent);
        Assert.Equal(3, chart.QuerySelectorAll("path.mud-chart-line").Length);
    }

    [Fact]
    public void Without_any_activity_the_panel_says_so_in_chinese_instead_of_drawing_empty_axes()
    {
        var cut = Render("370323001");

        Assert.Equal("近 12 周没有受理、办结或评价，暂无趋势。", cut.Find(".trend-empty").TextContent);
        Assert.Empty(cut.FindAll(".trend-chart"));
        Assert.Equal(("370323001", TrendSpan.Weeks), Trends.Asked.Single());
    }
}
