using Supervision.Tests.Web.Components;

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

    [Fact]
    public void A_rate_card_shows_its_change_in_points_against_the_previous_period_and_the_county()
    {
        var kpi = new Kpi
        {
            Figure = FigureKey.OnTimeRate,
            Ratio = Ratio.Of(9, 10),
            Changes =
            [
                new KpiChange("较上期", FigureChange.Of(Ratio.Of(9, 10), Ratio.Of(35, 40))),
                new KpiChange("较全县", FigureChange.Of(Ratio.Of(9, 10), Ratio.Of(95, 100))),
            ],
        };

        var cut = Context.Render(KpiCard.Render(kpi));

        var changes = cut.FindAll(".kpi-change");
        Assert.Equal(["较上期 ▲ 2.5 个百分点", "较全县 ▼ 5 个百分点"], changes.Select(c => c.TextContent.Trim()));
        Assert.NotNull(changes[0].QuerySelector(".change-better"));
        Assert.NotNull(changes[1].QuerySelector(".change-worse"));
    }

    [Fact]
    public void A_count_where_a_rise_is_bad_news_is_coloured_worse_when_it_rises()
    {
        var kpi = new Kpi
        {
            Figure = FigureKey.CompletedLate,
            Value = "6",
            Changes = [new KpiChange("较上期", FigureChange.Of(6, 2, "件"), HigherIsBetter: false)],
        };

        var cut = Context.Render(KpiCard.Render(kpi));

        Assert.Equal("较上期 ▲ 4 件", cut.Find(".kpi-change").TextContent.Trim());
        Assert.NotNull(cut.Find(".kpi-change .change-worse"));
    }

    [Fact]
    public void An_empty_previous_period_shows_a_dash_not_zero_percent()
    {
        var kpi = new Kpi
        {
            Figure = FigureKey.GoodReviewRate,
            Ratio = Ratio.Of(19, 20),
            Changes = [new KpiChange("较上期", FigureChange.Of(Ratio.Of(19, 20), Ratio.Empty))],
        };

        var cut = Context.Render(KpiCard.Render(kpi));

        Assert.Equal("较上期 —", cut.Find(".kpi-change").TextContent.Trim());
        Assert.DoesNotContain("0.0%", cut.Find(".kpi-change").TextContent);
    }
}
