namespace Supervision.Tests.Domain.Figures;

public sealed class PublishedMissTests
{
    [Theory]
    [InlineData(0.97960, 0.98, true, "97.96%")]
    [InlineData(0.97999, 0.98, true, "97.999%")]
    [InlineData(0.9799999, 0.98, true, "97.9999%")]
    [InlineData(0.85, 0.90, true, "85.0%")]
    [InlineData(0.0504, 0.05, false, "5.04%")]
    public void A_missed_share_is_published_with_enough_digits_never_to_read_as_a_hit(double share, double limit, bool below, string expected) =>
        Assert.Equal(expected, FigureMisses.PercentAsMissed((decimal)share, (decimal)limit, below));

    [Fact]
    public void A_hall_judged_below_target_shows_the_figure_it_missed_with()
    {
        var hall = new FigureSet { Scope = Scope.Town("A"), Period = Period.Week(2020, 40), OnTimeRate = Ratio.Of(4898, 5000) };
        var judged = FigureMisses.JudgeAll(hall, FigureTargets.Default, [TargetKey.OnTime]).Single();
        Assert.True(judged.Missed);
        Assert.Equal("97.96%", judged.Actual);
    }
}
