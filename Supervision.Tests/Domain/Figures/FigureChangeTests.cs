namespace Supervision.Tests.Domain.Figures;

public sealed class FigureChangeTests
{
    [Fact]
    public void A_rate_changes_in_points_of_the_shown_percentages()
    {
        var change = FigureChange.Of(Ratio.Of(9, 10), Ratio.Of(35, 40));

        Assert.Equal(ChangeDirection.Up, change.Direction);
        Assert.Equal("▲ 2.5 个百分点", change.Text);
    }

    [Fact]
    public void A_rate_against_an_empty_previous_period_has_no_change_not_a_rise_from_zero()
    {
        var change = FigureChange.Of(Ratio.Of(9, 10), Ratio.Empty);

        Assert.Equal(ChangeDirection.None, change.Direction);
        Assert.Equal("—", change.Text);
    }

    [Fact]
    public void A_count_falls_in_its_own_unit()
    {
        Assert.Equal("▼ 3 件", FigureChange.Of(4, 7, "件").Text);
        Assert.Equal("持平", FigureChange.Of(7, 7, "件").Text);
        Assert.Equal("—", FigureChange.Of(7, null, "件").Text);
    }
}
