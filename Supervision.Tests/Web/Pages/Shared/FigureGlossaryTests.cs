using Supervision.Web.Components.Shared;

namespace Supervision.Tests.Web.Pages.Shared;

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
    public void Coverage_definition_carries_the_policy_target() =>
        Assert.Contains("≥ 90%", FigureGlossary.Get(FigureKey.ItemCoverage).Definition);
}
