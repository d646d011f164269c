namespace Supervision.Tests.Web.Components.Pages.Towns;

public sealed class ComparisonRowsTests
{
    private static readonly Period Week = Period.Week(2020, 41);

    private static FigureSet Set(Scope scope) => new() { Scope = scope, Period = Week };

    [Fact]
    public void Counts_are_compared_with_the_county_average_per_hall()
    {
        var rows = ComparisonRows.Build(Set(Scope.Town("370323001")) with { ComplaintsFiled = 2 }, Set(Scope.County) with { ComplaintsFiled = 6 }, 12);

        var complaints = rows.Single(r => r.Figure == FigureKey.Complaints);
        Assert.Equal(("2", "0.5", true), (complaints.Hall, complaints.County, complaints.HallBehind));
    }

    [Fact]
    public void Shares_are_compared_with_the_pooled_county_share()
    {
        var rows = ComparisonRows.Build(Set(Scope.Town("370323001")) with { OneTripRate = Ratio.Of(19, 20) },
            Set(Scope.County) with { OneTripRate = Ratio.Of(180, 200) }, 12);

        var oneTrip = rows.Single(r => r.Figure == FigureKey.OneTripRate);
        Assert.Equal(("95.0%", "90.0%", false), (oneTrip.Hall, oneTrip.County, oneTrip.HallBehind));
    }

    [Fact]
    public void A_share_without_value_is_never_behind()
    {
        var rows = ComparisonRows.Build(Set(Scope.Town("370323001")), Set(Scope.County) with { GoodReviewRate = Ratio.Of(9, 10) }, 12);

        var good = rows.Single(r => r.Figure == FigureKey.GoodReviewRate);
        Assert.Equal(("—", false), (good.Hall, good.HallBehind));
    }

    [Fact]
    public void Higher_abandonment_than_the_county_is_behind()
    {
        var rows = ComparisonRows.Build(Set(Scope.Town("370323001")) with { AbandonmentRate = Ratio.Of(1, 10) },
            Set(Scope.County) with { AbandonmentRate = Ratio.Of(5, 100) }, 12);

        Assert.True(rows.Single(r => r.Figure == FigureKey.AbandonmentRate).HallBehind);
    }
}
