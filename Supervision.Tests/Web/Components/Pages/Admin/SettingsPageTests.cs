using Supervision.Tests.Support.Databases;
using Supervision.Tests.Web.Components;
using SettingsPage = Supervision.Web.Components.Pages.Admin.Settings;

namespace Supervision.Tests.Web.Components.Pages.Admin;

/// <summary>The settings page over a real <see cref="SettingsStore"/> on a SQLite database of each test's own.</summary>
public sealed class SettingsPageTests : MudComponentTest, IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2020, 10, 9, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private SettingsStore _store = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _store = new SettingsStore(_database.ContextFactory, new AuditLog(_database.ContextFactory, _clock), _clock,
            new ConfigurationBuilder().Build(), NullLogger<SettingsStore>.Instance);
        await _store.LoadAsync();
        Context.Services.AddSingleton(_store);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    private static string Css(string key) => $".setting-{key.Replace(':', '-')} input";

    private IRenderedComponent<SettingsPage> Render() => Context.Render<SettingsPage>();

    [Fact]
    public void A_negative_weight_shows_its_chinese_message_at_the_field()
    {
        var page = Render();

        page.Find(Css("Figures:ScoreWeights:OnTime")).Input("-5");

        Assert.Contains("“综合评分权重：按时办结率”应在 0–100%之间，当前为 -5%。", page.Markup);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_percent_show_a_message_in_the_weight_group()
    {
        var page = Render();

        page.Find(Css("Figures:ScoreWeights:Coverage")).Input("25");

        var weights = page.FindAll(".settings-group")[2];
        Assert.Contains("综合评分各项权重之和必须为 100%，当前为 105%。", weights.TextContent);
    }

    [Fact]
    public void Saving_without_a_note_asks_for_one_and_saves_nothing()
    {
        var page = Render();
        page.Find(Css("Activity:LateReviewDays")).Input("3");

        page.Find(".settings-save").Click();

        Assert.Contains("请填写修改说明。", page.Markup);
        Assert.Equal(1, _store.Current.Revision);
    }

    [Fact]
    public async Task The_history_lists_each_revision_with_who_and_what_changed()
    {
        await _store.SaveAsync(new AuditActor("county-admin", null), 1,
            SupervisionSettings.Default.With("Activity:ReviewRectifyDays", 10m), "依据县局 2020 年 9 号文");

        var page = Render();

        var rows = page.FindAll(".settings-history tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("county-admin", rows[0].TextContent);
        Assert.Contains("依据县局 2020 年 9 号文", rows[0].TextContent);
        Assert.Equal("差评整改时限：15 个工作日 → 10 个工作日", rows[0].QuerySelector(".settings-change")!.TextContent);
        Assert.Contains("系统", rows[1].TextContent);
    }

    [Fact]
    public void Saving_with_a_note_adds_the_revision_to_the_history()
    {
        var page = Render();
        page.Find(Css("Activity:LateReviewDays")).Input("3");
        page.Find(".settings-note textarea").Change("补评时限缩短");

        page.Find(".settings-save").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".settings-history tbody tr").Count));
        Assert.Contains("已保存为第 2 版", page.Markup);
        Assert.Equal(3, _store.Current.Settings.Activity.LateReviewDays);
    }

    [Fact]
    public async Task Viewing_a_revision_shows_all_its_values_with_the_changed_ones_marked()
    {
        await _store.SaveAsync(new AuditActor("county-admin", null), 1,
            SupervisionSettings.Default.With("Activity:ReviewRectifyDays", 10m), "依据县局 2020 年 9 号文");
        var page = Render();

        page.FindAll(".settings-view")[0].Click();

        var view = page.Find(".settings-revision");
        Assert.Equal(SettingFields.All.Count, view.QuerySelectorAll("tbody tr").Length);
        var cells = Assert.Single(view.QuerySelectorAll(".settings-changed")).QuerySelectorAll("td").Select(c => c.TextContent.Trim());
        Assert.Equal(["期限", "差评整改时限", "10 个工作日"], cells);
    }
}
