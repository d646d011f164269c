using Supervision.Domain.Reference;
using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

public class ItemCoverageTests
{
    [Fact]
    public void Coverage_counts_stationed_items_enabled_as_of_the_date()
    {
        // ITEM-3 is enabled only from 11-02; ITEM-X is not stationed and counts nowhere.
        var coverage = ItemCoverage.AsOf(OctoberScenario.ItemHistory, D("2020-10-31"), Scope.Town(TownA));

        Assert.Equal(Ratio.Of(3, 4), coverage);
        Assert.Equal("75.0%", coverage.ToString());
    }

    [Fact]
    public void Coverage_takes_the_latest_row_on_or_before_the_date()
    {
        Assert.Equal(Ratio.Of(4, 4), ItemCoverage.AsOf(OctoberScenario.ItemHistory, D("2020-11-02"), Scope.Town(TownA)));
        Assert.Equal(Ratio.Of(2, 4), ItemCoverage.AsOf(OctoberScenario.ItemHistory, D("2020-08-31"), Scope.Town(TownA)));
    }

    [Fact]
    public void County_coverage_pools_the_items_of_every_hall()
    {
        HallItemStatus[] townB =
        [
            new() { TownCode = TownB, ItemCode = Instant, EffectiveFrom = D("2020-06-01"), Stationed = true, OneWindowEnabled = true },
        ];

        var coverage = ItemCoverage.AsOf(OctoberScenario.ItemHistory.Concat(townB), D("2020-10-31"), Scope.County);

        Assert.Equal(Ratio.Of(4, 5), coverage);
    }

    [Fact]
    public void Coverage_before_any_item_is_stationed_is_a_dash()
    {
        Assert.Equal("—", ItemCoverage.AsOf(OctoberScenario.ItemHistory, D("2020-05-31"), Scope.Town(TownA)).ToString());
    }
}
