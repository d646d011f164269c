namespace Supervision.Tests.Web.Components.Shared;

public sealed class FigureGlossaryTests
{
    [Fact]
    public void Every_figure_key_has_a_chinese_name_and_definition()
    {
        foreach (var key in Enum.GetValues<FigureKey>())
        {
            var definition = FigureGlossary.Get(key);
            Assert.False(string.IsNullOrWhiteSpace(definition.Name), key.ToString());
            Assert.True(definition.Definition.Length > 10, key.ToString());
        }
    }

    [Fact]
    public void Anchors_are_unique_so_every_help_link_lands_on_its_own_definition() =>
        Assert.Equal(FigureGlossary.All.Count, FigureGlossary.All.Select(d => d.Anchor).Distinct().Count());

    [Fact]
    public void Coverage_definition_names_the_policy_that_sets_its_target() =>
        Assert.Contains("源政办发〔2020〕7号", FigureGlossary.Get(FigureKey.ItemCoverage).Definition);

    [Fact]
    public void Coverage_target_is_the_policys_90_percent_unless_changed() =>
        Assert.Equal("≥ 90.0%", FigureGlossary.TargetOf(FigureKey.ItemCoverage, FigureTargets.Default));

    [Fact]
    public void No_definition_states_a_target_value_that_settings_could_make_wrong() =>
        Assert.DoesNotContain(FigureGlossary.All, d => Regex.IsMatch(d.Definition, "目标 ?[≥≤0-9]"));

    [Fact]
    public void Every_figure_marked_against_a_target_has_its_target_text()
    {
        var marked = new[]
        {
            FigureKey.ItemCoverage, FigureKey.CaseShare, FigureKey.OnTimeRate, FigureKey.OneTripRate, FigureKey.MeanWait,
            FigureKey.AbandonmentRate, FigureKey.GoodReviewRate, FigureKey.ReviewRate, FigureKey.RectifiedOnTimeRate,
            FigureKey.FollowUpRate, FigureKey.ComplaintRespondedOnTime, FigureKey.ComplaintResolvedOnTime,
            FigureKey.RefusalViolations, FigureKey.AttendanceRate,
        };

        Assert.All(marked, key => Assert.NotNull(FigureGlossary.TargetOf(key, FigureTargets.Default)));
    }
}
