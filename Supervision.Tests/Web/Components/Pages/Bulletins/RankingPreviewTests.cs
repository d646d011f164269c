using Supervision.Tests.Web.Components;
using Supervision.Web.Components.Pages.Bulletins;

namespace Supervision.Tests.Web.Components.Pages.Bulletins;

public sealed class RankingPreviewTests : MudComponentTest
{
    private static readonly Period Week = Period.Week(2020, 40);

    private IRenderedComponent<RankingPreview> Render()
    {
        var good = new FigureSet { Scope = Scope.Town("A"), Period = Week, Score = 91.2m, OnTimeRate = Ratio.Of(99, 100) };
        var lagging = new FigureSet
        {
            Scope = Scope.Town("B"), Period = Week, Score = 70m, OnTimeRate = Ratio.Of(90, 100),
            Misses = [new FigureMiss("按时办结率", "90.0%", "≥ 98.0%")],
        };
        var ranking = new List<RankedHall> { new(1, "A", 91.2m, good), new(2, "B", 70m, lagging) };
        var names = new Dictionary<string, string> { ["A"] = "南麻街道", ["B"] = "石桥镇" };
        var county = new FigureSet { Scope = Scope.County, Period = Week };
        var content = new BulletinContent
        {
            Facts = new BulletinFacts(Week, county, ranking, Period.Week(2020, 39), county, [], names),
            Weights = ScoreWeights.Default,
            Targets = FigureTargets.Default,
            Towns = [new TownSummary("A", "南麻街道", true), new TownSummary("B", "石桥镇", false)],
            PeriodEnd = DateTimeOffset.UnixEpoch,
            OverdueOpen = [], CompletedLate = [], NegativeReviews = [], Complaints = [], Staff = [], PilotTasks = [],
            ItemNames = new Dictionary<string, string>(), StaffNames = new Dictionary<string, string>(),
        };
        return Context.Render<RankingPreview>(p => p.Add(c => c.Content, content));
    }

    [Fact]
    public void Preview_lists_halls_in_rank_order_with_scores_and_pilot_mark()
    {
        var rows = Render().FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("南麻街道 ★", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("91.2", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_marks_a_missed_figure_red_and_shows_a_dash_for_an_empty_share()
    {
        var cut = Render();
        var lagging = cut.FindAll("tbody tr")[1];
        Assert.Single(lagging.QuerySelectorAll(".bulletin-miss"));
        Assert.Equal("90.0%", lagging.QuerySelector(".bulletin-miss")!.TextContent);
        Assert.Contains("—", cut.FindAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_publishes_the_score_weights()
    {
        Assert.Contains("一窗受理事项覆盖率 20.0%", Render().Markup, StringComparison.Ordinal);
    }
}
