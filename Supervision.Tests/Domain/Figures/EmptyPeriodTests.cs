using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

public class EmptyPeriodTests
{
    private static readonly FigureSet Empty = new FigureCalculator().Calculate(
        Scope.Town(TownA), Period.Parse("2020-10-03", L("2020-10-03 12:00")), new FigureSources());

    [Fact]
    public void Every_ratio_of_an_empty_period_is_a_dash()
    {
        Ratio[] ratios =
        [
            Empty.ItemCoverage, Empty.CaseShare, Empty.InstantRate, Empty.OnTimeRate, Empty.SpeedUpRate, Empty.OneTripRate,
            Empty.AbandonmentRate, Empty.GoodReviewRate, Empty.ReviewRate, Empty.RectifiedOnTimeRate, Empty.FollowUpRate,
            Empty.ComplaintsPerThousandAccepted, Empty.ComplaintRespondedOnTimeRate, Empty.ComplaintResolvedOnTimeRate,
            Empty.AttendanceRate,
        ];

        Assert.All(ratios, r => Assert.Equal("—", r.ToString()));
    }

    [Fact]
    public void An_empty_period_has_no_means_percentiles_or_score()
    {
        Assert.All(
            new decimal?[] { Empty.MeanProcessingDays, Empty.MedianProcessingDays, Empty.P90ProcessingDays, Empty.MeanWaitSeconds, Empty.P90WaitSeconds, Empty.MeanServiceSeconds, Empty.Score },
            Assert.Null);
        Assert.Null(Empty.MaxWaitSeconds);
    }

    [Fact]
    public void An_empty_period_misses_no_target()
    {
        Assert.Empty(Empty.Misses);
    }
}
