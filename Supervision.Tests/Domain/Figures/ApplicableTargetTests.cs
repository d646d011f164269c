using static Supervision.Tests.Domain.Figures.FigureWorld;
using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

/// <summary>Misses and the composite score over the targets that apply to a hall on a period (docs/metrics.md, “Targets”).</summary>
public sealed class ApplicableTargetTests
{
    private static FigureSet HallAs(HallStanding standing, Period period, IEnumerable<Supervision.Domain.Reference.HallItemStatus>? history = null) =>
        new FigureCalculator().Calculate(Scope.Town(TownA), period,
            Sources with { Halls = [standing], ItemHistory = history ?? Sources.ItemHistory });

    [Fact]
    public void A_hall_without_a_coverage_target_shares_its_weight_among_the_other_figures()
    {
        var nonPilot = HallAs(new HallStanding(TownA, false, null), October);

        // Coverage (75.0 %, weight 0.20) leaves; the other weights sum to 0.80 and each counts ÷ 0.80:
        // (0.10·0.6667 + 0.20·0.80 + 0.15·0.80 + 0.15·0.75 + 0.05·0 + 0.05·1 + 0.10·0.75) ÷ 0.80
        // = 0.584167 ÷ 0.80 = 0.730208 → 73.0 (the pilot, judged on coverage too, scores 73.4).
        Assert.Equal(73.0m, nonPilot.Score);
        Assert.Equal(73.4m, HallA().Score);
        Assert.Null(nonPilot.Judgement(TargetKey.Coverage));
        Assert.DoesNotContain(nonPilot.Misses, m => m.Figure == "一窗受理事项覆盖率");
        Assert.Contains(HallA().Misses, m => m.Figure == "一窗受理事项覆盖率");
    }

    [Fact]
    public void No_non_pilot_is_criticised_for_coverage_before_its_roll_out_date()
    {
        // Without the row of 11-02 coverage stays 3 of 4 = 75.0 % through November.
        var history = OctoberScenario.ItemHistory.Where(s => s.EffectiveFrom < new DateOnly(2020, 11, 1)).ToList();
        var rolledOut = new HallStanding(TownA, false, new DateOnly(2020, 11, 15));

        Assert.DoesNotContain(HallAs(rolledOut, October, history).Misses, m => m.Figure == "一窗受理事项覆盖率");
        Assert.DoesNotContain(HallAs(rolledOut, Period.Range(new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 14)), history).Misses,
            m => m.Figure == "一窗受理事项覆盖率");
        var november = HallAs(rolledOut, Period.Month(2020, 11), history);
        Assert.Contains(new FigureMiss("一窗受理事项覆盖率", "75.0%", "≥ 90.0%"), november.Misses);
    }

    [Fact]
    public void A_pilot_is_not_judged_on_coverage_before_the_policy_due_date()
    {
        var september = HallAs(new HallStanding(TownA, true, null), Period.Month(2020, 9));

        Assert.Null(september.Judgement(TargetKey.Coverage));
        Assert.NotNull(september.Judgement(TargetKey.OnTime));
    }

    [Fact]
    public void The_county_coverage_against_the_pilot_target_pools_the_pilot_halls_only()
    {
        var sources = Sources with { Halls = [new HallStanding(TownA, true, null), new HallStanding(TownB, false, null)] };

        var county = new FigureCalculator().Calculate(Scope.County, October, sources);

        var coverage = county.Judgement(TargetKey.Coverage)!;
        Assert.Equal(("试点镇街（1个）", "75.0%", true), (coverage.Pool, coverage.Actual, coverage.Missed));
        Assert.Contains(new FigureMiss("一窗受理事项覆盖率", "试点镇街（1个）75.0%", "≥ 90.0%"), county.Misses);
    }
}
