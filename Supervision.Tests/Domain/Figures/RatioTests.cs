namespace Supervision.Tests.Domain.Figures;

public class RatioTests
{
    [Fact]
    public void Empty_denominator_has_no_value_and_shows_a_dash()
    {
        var ratio = Ratio.Of(0, 0);

        Assert.Null(ratio.Value);
        Assert.Equal("—", ratio.ToString());
    }

    [Fact]
    public void Zero_numerator_over_a_real_denominator_is_zero_percent_not_a_dash()
    {
        Assert.Equal("0.0%", Ratio.Of(0, 7).ToString());
    }

    [Fact]
    public void Percent_is_shown_with_one_decimal_rounded_half_away_from_zero()
    {
        Assert.Equal("93.5%", Ratio.Of(187, 200).ToString());
        Assert.Equal("66.7%", Ratio.Of(2, 3).ToString());
        Assert.Equal("0.1%", Ratio.Of(1, 2000).ToString());
    }

    [Fact]
    public void Keeps_numerator_and_denominator_for_checking_by_hand()
    {
        var ratio = Ratio.Of(37, 40);

        Assert.Equal(37m, ratio.Numerator);
        Assert.Equal(40m, ratio.Denominator);
        Assert.Equal(0.925m, ratio.Value);
        Assert.Equal("37 / 40", ratio.PartsText);
    }

    [Fact]
    public void Per_thousand_shows_two_decimals_or_a_dash()
    {
        Assert.Equal("333.33", Ratio.Of(1, 3).ToPerThousandString());
        Assert.Equal("—", Ratio.Of(2, 0).ToPerThousandString());
    }

    [Fact]
    public void Adding_ratios_adds_both_parts()
    {
        Assert.Equal(Ratio.Of(5, 9), Ratio.Of(2, 4) + Ratio.Of(3, 5));
    }
}
