using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Components.Pages.Overview;

public sealed class HallRankingExportTests : ListsWorld
{
    [Fact]
    public async Task The_ranking_export_holds_exactly_the_rows_and_columns_on_screen()
    {
        var week = Period.Week(2020, 41);
        Queries.Ranking = period =>
        [
            new(1, Lishan, 81.25m, FakeFigureQueries.Empty(Scope.Town(Lishan), period) with
            {
                ItemCoverage = Ratio.Of(2, 2), CaseShare = Ratio.Of(937, 1000), OnTimeRate = Ratio.Of(4, 5), OneTripRate = Ratio.Of(1, 3),
                GoodReviewRate = Ratio.Of(99, 100), ComplaintsFiled = 1234,
            }),
            new(2, Nanma, 73.4m, FakeFigureQueries.Empty(Scope.Town(Nanma), period) with { ItemCoverage = Ratio.Of(3, 4), ComplaintsFiled = 2 }),
            new(null, Yuezhuang, null, FakeFigureQueries.Empty(Scope.Town(Yuezhuang), period)),
        ];
        var cut = RenderPage<HallRankingTable>(p => p
            .Add(t => t.Halls, Queries.Ranking(week))
            .Add(t => t.TownNames, Queries.Towns.ToDictionary(t => t.Code, t => t.Name))
            .Add(t => t.Targets, FigureTargets.Default));

        var exported = await ExportedAsync(ExportButton.ExportLink("ranking", new Dictionary<string, string?> { ["period"] = week.ToString() }));

        Assert.Equal(Shown(cut, "hall-ranking"), exported);
        Assert.Equal(["1", "历山街道", "81.3", "100.0%", "93.7%", "80.0%", "33.3%", "99.0%", "1,234"], exported[1]);
        Assert.Equal(["—", "悦庄镇", "—", "—", "—", "—", "—", "—", "0"], exported[3]);
    }
}
