namespace Supervision.Tests.Domain.Targets;

public sealed class TargetRulesTests
{
    private static readonly HallStanding Pilot = new("370323001", true, null);
    private static readonly HallStanding NotRolledOut = new("370323101", false, null);
    private static readonly HallStanding RolledOutInDecember = new("370323102", false, new DateOnly(2020, 12, 1));

    [Fact]
    public void A_target_applies_from_its_effective_date_only()
    {
        var coverage = TargetApplicability.PilotCoverage;

        Assert.False(TargetRules.Applies(coverage, Pilot, Period.Week(2020, 40)));
        Assert.False(TargetRules.Applies(coverage, Pilot, Period.Day(new DateOnly(2020, 10, 30))));
        Assert.True(TargetRules.Applies(coverage, Pilot, Period.Day(new DateOnly(2020, 10, 31))));
        // A period is judged when the target is in force on its last day: October is the first month.
        Assert.True(TargetRules.Applies(coverage, Pilot, Period.Month(2020, 10)));
        Assert.False(TargetRules.Applies(coverage, Pilot, Period.Month(2020, 9)));
        Assert.True(TargetRules.Applies(coverage, Pilot, Period.Week(2020, 44)));
    }

    [Fact]
    public void A_pilot_target_reaches_a_non_pilot_only_from_its_roll_out_date()
    {
        var coverage = TargetApplicability.PilotCoverage;

        Assert.False(TargetRules.Applies(coverage, NotRolledOut, Period.Month(2020, 12)));
        Assert.False(TargetRules.Applies(coverage, RolledOutInDecember, Period.Month(2020, 11)));
        Assert.True(TargetRules.Applies(coverage, RolledOutInDecember, Period.Month(2020, 12)));
    }

    [Fact]
    public void A_target_for_listed_towns_applies_to_those_towns_only()
    {
        var listed = new TargetApplicability(TargetHalls.Towns, ["370323101"], null);

        Assert.True(TargetRules.Applies(listed, NotRolledOut, Period.Week(2020, 40)));
        Assert.False(TargetRules.Applies(listed, Pilot, Period.Week(2020, 40)));
        Assert.True(TargetRules.Applies(TargetApplicability.Everywhere, NotRolledOut, Period.Week(2020, 40)));
    }

    [Fact]
    public void A_county_figure_against_the_pilot_target_pools_the_pilots_and_says_so()
    {
        var pool = TargetRules.Pool(TargetApplicability.PilotCoverage, [Pilot, NotRolledOut, RolledOutInDecember], Period.Month(2020, 11));

        Assert.Equal(["370323001"], pool.Towns);
        Assert.Equal("试点镇街（1个）", pool.Label);
        Assert.Equal("试点及已推广镇街（2个）",
            TargetRules.Pool(TargetApplicability.PilotCoverage, [Pilot, NotRolledOut, RolledOutInDecember], Period.Month(2020, 12)).Label);
        Assert.False(TargetRules.Pool(TargetApplicability.PilotCoverage, [Pilot, NotRolledOut], Period.Month(2020, 9)).Applies);
        Assert.Null(TargetRules.Pool(TargetApplicability.Everywhere, [Pilot, NotRolledOut], Period.Month(2020, 9)).Towns);
    }
}
