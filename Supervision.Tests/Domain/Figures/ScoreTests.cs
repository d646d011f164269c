using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

public class ScoreTests
{
    [Fact]
    public void Hall_score_with_default_weights_matches_the_hand_computed_73_point_4()
    {
        Assert.Equal(73.4m, HallA().Score);
    }

    [Fact]
    public void Hall_score_with_custom_weights_uses_only_the_weighted_figures()
    {
        // 0.5 × coverage 0.75 + 0.5 × on-time 0.8 = 0.775
        var weights = new ScoreWeights
        {
            Coverage = 0.5m, OnTime = 0.5m, CaseShare = 0, OneTrip = 0, GoodReview = 0,
            Rectification = 0, ComplaintResolution = 0, QueueRetention = 0,
        };

        Assert.Equal(77.5m, HallA(calculator: new FigureCalculator(weights)).Score);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_one_are_rejected_in_chinese()
    {
        var weights = new ScoreWeights { Coverage = 0.25m };

        var error = Assert.Throws<DomainException>(() => new FigureCalculator(weights));

        Assert.Equal("综合评分各项权重之和必须为 1，当前为 1.05。", error.Message);
    }

    [Fact]
    public void Negative_weights_are_rejected_in_chinese()
    {
        var weights = new ScoreWeights { Coverage = -0.1m, OnTime = 0.5m };

        var error = Assert.Throws<DomainException>(() => weights.Validate());

        Assert.Contains("一窗受理事项覆盖率", error.Message);
    }

    [Fact]
    public void Default_weights_sum_to_one()
    {
        Assert.Equal(1m, ScoreWeights.Default.Sum);
    }

    [Fact]
    public void Figures_without_a_value_leave_the_score_and_its_weight_out()
    {
        // Only coverage (1/1, weight 0.20) and on-time (1/2, weight 0.20) have values: (0.2 + 0.1) / 0.4 = 75.0.
        var set = Set("x") with { ItemCoverage = Ratio.Of(1, 1), OnTimeRate = Ratio.Of(1, 2) };

        Assert.Equal(75.0m, FigureCalculator.HallScore(set, ScoreWeights.Default));
    }

    [Fact]
    public void A_hall_with_no_figures_has_no_score()
    {
        Assert.Null(FigureCalculator.HallScore(Set("x"), ScoreWeights.Default));
    }

    [Fact]
    public void Ranking_puts_the_highest_score_first_shares_places_on_ties_and_leaves_halls_without_score_unranked()
    {
        var ranked = HallRanking.Rank(
        [
            Set("370323103") with { Score = 80.0m },
            Set("370323110") with { Score = null },
            Set("370323102") with { Score = 91.5m },
            Set("370323101") with { Score = 80.0m },
        ]);

        Assert.Equal(
            new (int?, string)[] { (1, "370323102"), (2, "370323101"), (2, "370323103"), (null, "370323110") },
            ranked.Select(r => (r.Rank, r.Town)).ToArray());
    }

    [Fact]
    public void Coverage_below_its_target_is_marked_as_a_miss()
    {
        var miss = Assert.Single(HallA().Misses, m => m.Figure == "一窗受理事项覆盖率");

        Assert.Equal(("75.0%", "≥ 90.0%"), (miss.Actual, miss.Target));
    }

    [Fact]
    public void A_refusal_without_approval_is_marked_as_a_miss()
    {
        var miss = Assert.Single(HallA().Misses, m => m.Figure == "无权否决违规");

        Assert.Equal(("1 件", "≤ 0 件"), (miss.Actual, miss.Target));
    }

    [Fact]
    public void Figures_at_or_above_their_target_are_not_misses()
    {
        Assert.DoesNotContain(HallA().Misses, m => m.Figure is "投诉按时办结率" or "差评回访率");
    }

    private static FigureSet Set(string town) => new() { Scope = Scope.Town(town), Period = October };
}
