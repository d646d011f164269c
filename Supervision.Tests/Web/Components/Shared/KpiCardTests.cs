using Bunit;
using Supervision.Domain.Figures;
using Supervision.Tests.Web.Components;
using Supervision.Web.Components.Shared;

namespace Supervision.Tests.Web.Components.Shared;

public sealed class KpiCardTests : MudComponentTest
{
    [Fact]
    public void Share_card_shows_the_percent_its_parts_and_the_target_in_zh_cn()
    {
        var cut = Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.OnTimeRate)
            .Add(c => c.Ratio, Ratio.Of(1187, 1200))
            .Add(c => c.AtLeast, 0.98m));

        Assert.Equal("98.9%", cut.Find(".kpi-value").TextContent);
        Assert.Equal("1,187 / 1,200", cut.Find(".kpi-detail").TextContent);
        Assert.Equal("目标 ≥ 98.0%", cut.Find(".kpi-target").TextContent.Trim());
        Assert.Empty(cut.FindAll(".kpi-miss"));
    }

    [Fact]
    public void Share_below_its_target_is_marked_as_missed()
    {
        var cut = Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.ItemCoverage)
            .Add(c => c.Ratio, Ratio.Of(3, 4))
            .Add(c => c.AtLeast, 0.90m));

        Assert.Equal("75.0%", cut.Find(".kpi-value").TextContent);
        Assert.Single(cut.FindAll(".kpi-miss"));
        Assert.Contains("未达标", cut.Find(".kpi-target").TextContent);
    }

    [Fact]
    public void Empty_denominator_shows_a_dash_and_never_misses()
    {
        var cut = Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.GoodReviewRate)
            .Add(c => c.Ratio, Ratio.Empty)
            .Add(c => c.AtLeast, 0.99m));

        Assert.Equal("—", cut.Find(".kpi-value").TextContent);
        Assert.Equal("无数据", cut.Find(".kpi-detail").TextContent);
        Assert.Empty(cut.FindAll(".kpi-miss"));
    }

    [Fact]
    public void Title_is_the_chinese_figure_name_with_its_definition_and_help_link()
    {
        var cut = Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.ItemCoverage)
            .Add(c => c.Ratio, Ratio.Of(9, 10)));

        Assert.StartsWith("一窗受理事项覆盖率", cut.Find(".kpi-title").TextContent.Trim());
        var help = cut.Find(".kpi-title a.figure-help");
        Assert.Equal("metrics#figure-itemcoverage", help.GetAttribute("href"));
        Assert.Contains("纳入“一窗受理”的进驻事项数 ÷ 进驻事项数", help.GetAttribute("aria-label"));
    }

    [Fact]
    public void Count_card_shows_the_given_value_and_its_own_miss()
    {
        var cut = Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.RedCards)
            .Add(c => c.Value, "3")
            .Add(c => c.Target, "0 件")
            .Add(c => c.Missed, true));

        Assert.Equal("3", cut.Find(".kpi-value").TextContent);
        Assert.Equal("目标 0 件，未达标", cut.Find(".kpi-target").TextContent.Trim());
        Assert.Single(cut.FindAll(".kpi-miss"));
    }

    [Fact]
    public void Card_with_a_drill_down_links_its_value_to_the_cases_behind_it()
    {
        var cut = Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.Accepted)
            .Add(c => c.Value, "1,234")
            .Add(c => c.Href, "/cases?period=2020-10"));

        var value = cut.Find("a.kpi-value");
        Assert.Equal(("1,234", "/cases?period=2020-10"), (value.TextContent, value.GetAttribute("href")));
    }

    [Fact]
    public void Card_title_links_its_definition_on_the_metrics_page() =>
        Assert.Equal("metrics#figure-ontimerate", Context.Render<KpiCard>(p => p
            .Add(c => c.Figure, FigureKey.OnTimeRate)
            .Add(c => c.Ratio, Ratio.Empty)).Find(".kpi-title a.figure-help").GetAttribute("href"));
}
