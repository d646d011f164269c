using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Components.Pages.Towns;

/// <summary>The town page's 办理时效 section and its trend, for the week of the clock (Friday 2020-10-09).</summary>
public sealed class TownProcessingTests : PageTest
{
    private const string Nanma = "370323001";

    public TownProcessingTests()
    {
        Queries.Figures = (scope, period) => scope.Kind == ScopeKind.Town && period.Kind == PeriodKind.Week
            ? FakeFigureQueries.Empty(scope, period) with
            {
                Completed = 4, MeanProcessingDays = 4.23m, MedianProcessingDays = 4.0m, P90ProcessingDays = 7.0m, SpeedUpRate = new Ratio(-3.85m, 13),
            }
            : FakeFigureQueries.Empty(scope, period);
    }

    private IRenderedComponent<TownDetail> RenderTown() => Context.Render<TownDetail>(p => p.Add(t => t.Code, Nanma));

    [Fact]
    public void The_halls_processing_times_of_the_period_are_shown_with_a_link_to_its_items_and_departments()
    {
        var cut = RenderTown();

        Assert.Contains("办理时效（2020年第41周", cut.Find(".hall-processing h6").TextContent);
        Assert.Equal("4.23", cut.Find(".hall-processing-mean .kpi-value").TextContent.Trim());
        Assert.Equal("≤ 4.0", cut.Find(".hall-processing-median .kpi-value").TextContent.Trim());
        Assert.Equal("≤ 7.0", cut.Find(".hall-processing-p90 .kpi-value").TextContent.Trim());
        Assert.Equal("-29.6%", cut.Find(".hall-processing-speedup .kpi-value").TextContent.Trim());
        Assert.Equal("/processing-times?scope=town%3A370323001&period=2020-W41", cut.Find("a.hall-processing-link").GetAttribute("href"));
    }

    [Fact]
    public void The_town_page_asks_for_the_halls_own_trend()
    {
        RenderTown();

        Assert.Contains((Nanma, TrendSpan.Weeks), Trends.Asked);
    }
}
