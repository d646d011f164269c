using Supervision.Tests.Web.Components;

namespace Supervision.Tests.Web.Components.Shared;

public sealed class RatioTextTests : MudComponentTest
{
    [Fact]
    public void Share_is_a_percent_with_one_decimal_rounded_half_away_from_zero()
    {
        var cut = Context.Render<RatioText>(p => p.Add(r => r.Value, Ratio.Of(187, 200)));

        Assert.Equal("93.5%", cut.Find(".ratio-text").TextContent);
        Assert.Equal("187 / 200", cut.Find(".ratio-text").GetAttribute("title"));
    }

    [Fact]
    public void Empty_denominator_is_a_dash_not_zero_percent()
    {
        var cut = Context.Render<RatioText>(p => p.Add(r => r.Value, Ratio.Empty).Add(r => r.AtLeast, 0.9m).Add(r => r.ShowParts, true));

        Assert.Equal("—", cut.Find(".ratio-text").TextContent);
        Assert.Empty(cut.FindAll(".figure-miss"));
        Assert.Empty(cut.FindAll(".ratio-parts"));
    }

    [Fact]
    public void Parts_follow_the_percent_when_asked()
    {
        var cut = Context.Render<RatioText>(p => p.Add(r => r.Value, Ratio.Of(37, 40)).Add(r => r.ShowParts, true));

        Assert.Equal("（37 / 40）", cut.Find(".ratio-parts").TextContent);
    }

    [Fact]
    public void Share_below_a_minimum_target_is_marked()
    {
        var cut = Context.Render<RatioText>(p => p.Add(r => r.Value, Ratio.Of(85, 100)).Add(r => r.AtLeast, 0.9m));

        Assert.Single(cut.FindAll(".figure-miss"));
    }

    [Fact]
    public void Share_above_a_maximum_target_is_marked()
    {
        var cut = Context.Render<RatioText>(p => p.Add(r => r.Value, Ratio.Of(6, 100)).Add(r => r.AtMost, 0.05m));

        Assert.Single(cut.FindAll(".figure-miss"));
    }

    [Fact]
    public void Share_meeting_its_target_is_not_marked()
    {
        var cut = Context.Render<RatioText>(p => p.Add(r => r.Value, Ratio.Of(90, 100)).Add(r => r.AtLeast, 0.9m));

        Assert.Empty(cut.FindAll(".figure-miss"));
    }
}
