using Supervision.Tests.Web.Components.Fakes;
using Supervision.Web.Components.Pages.Metrics;

namespace Supervision.Tests.Web.Components.Pages.Metrics;

public sealed class MetricsHelpTests : PageTest
{
    [Fact]
    public void A_target_saved_in_the_settings_is_the_one_the_definitions_page_shows()
    {
        var settings = (FixedSettingsProvider)Context.Services.GetRequiredService<ISettingsProvider>();
        settings.Current = new SettingsSnapshot(2, SupervisionSettings.Default.With("Figures:Targets:GoodReviewMin", 0.95m));

        var cut = Context.Render<MetricsHelp>();

        Assert.Equal("目标（现行参数配置）：≥ 95.0%", cut.Find("#figure-goodreviewrate .metric-target").TextContent.Trim());
    }

    [Fact]
    public void A_figure_without_a_target_shows_none()
    {
        var cut = Context.Render<MetricsHelp>();

        Assert.Empty(cut.Find("#figure-accepted").QuerySelectorAll(".metric-target"));
    }
}
