using Supervision.Web.Components.Pages.Items;
using Supervision.Web.Queries.Items;

namespace Supervision.Tests.Web.Components.Pages.Items;

public sealed class ItemsPageTests : ListsWorld
{
    private static IReadOnlyList<string> CoverageRow(IRenderedComponent<ItemsPage> cut, string town) =>
        cut.FindAll(".coverage-table tbody tr")
            .Single(r => r.QuerySelector("td")!.TextContent.Trim() == town)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public void Coverage_of_each_hall_is_shown_as_of_the_periods_last_day_against_the_target()
    {
        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () => Assert.Equal(["南麻街道", "试点", "75.0%", "3 / 4", "未达标"], CoverageRow(cut, "南麻街道")));
        Assert.Equal(["历山街道", "试点", "100.0%", "2 / 2", "达标"], CoverageRow(cut, "历山街道"));
    }

    [Fact]
    public async Task A_hall_without_stationed_items_shows_a_dash_not_zero()
    {
        await SeedAsync(db => db.Towns.Single(t => t.Code == Yuezhuang).RolloutDate = new DateOnly(2020, 10, 1));

        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () => Assert.Equal(["悦庄镇", "", "—", "—", "—"], CoverageRow(cut, "悦庄镇")));
    }

    [Fact]
    public void A_non_pilot_hall_before_its_roll_out_date_is_not_judged_on_coverage()
    {
        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () => Assert.Equal(["悦庄镇", "", "—", "—", "不考核"], CoverageRow(cut, "悦庄镇")));
        Assert.Contains("适用于试点镇街及已推广镇街（自2020-10-31起）", cut.Markup);
    }

    [Fact]
    public void Hall_names_link_to_the_hall_page()
    {
        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () => Assert.Contains(cut.FindAll(".coverage-table a"), a => a.GetAttribute("href") == $"/towns/{Nanma}" && a.TextContent == "南麻街道"));
    }

    [Fact]
    public async Task Item_list_shows_flags_limits_and_volumes_of_the_period()
    {
        await SeedAsync(db => db.Set<ItemDayRollup>().AddRange(
            new ItemDayRollup { Town = Nanma, Day = new DateOnly(2020, 10, 9), ItemCode = "RS-002", Accepted = 1200, Completed = 3, CompletedOnTime = 2, CompletedLate = 1 },
            new ItemDayRollup { Town = Nanma, Day = new DateOnly(2020, 10, 12), ItemCode = "RS-002", Accepted = 34, Completed = 1, CompletedOnTime = 1 },
            new ItemDayRollup { Town = Nanma, Day = new DateOnly(2020, 9, 30), ItemCode = "RS-002", Accepted = 99 }));

        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () =>
        {
            var row = cut.FindAll(".items-table tbody tr").Single(r => r.TextContent.Contains("RS-002"));
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(["RS-002", "城乡居民养老保险待遇申领", "人力资源和社会保障所", "5 个工作日", "15 个工作日", "是", "是", "2020年9月30日", "1,234", "4", "1", "75.0%"], cells);
        });
    }

    [Fact]
    public void An_item_without_completed_cases_has_no_on_time_rate()
    {
        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () =>
        {
            var row = cut.FindAll(".items-table tbody tr").Single(r => r.TextContent.Contains("RS-001"));
            Assert.Equal("—", row.QuerySelectorAll("td").Last().TextContent.Trim());
            Assert.Contains("即办", row.TextContent);
        });
    }

    [Fact]
    public void The_stationing_form_is_offered_to_a_county_administrator()
    {
        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () => Assert.Contains("变更南麻街道事项进驻状态", cut.Find(".stationing-form").TextContent));
    }

    [Fact]
    public void The_stationing_form_is_hidden_from_other_users()
    {
        Access.Allowed = false;

        var cut = RenderPage<ItemsPage>();

        WaitFor(cut, () => Assert.NotEmpty(cut.FindAll(".coverage-table")));
        Assert.Empty(cut.FindAll(".stationing-form"));
    }

    [Fact]
    public void Chart_sample_dates_span_the_whole_period()
    {
        var dates = ItemsReader.SampleDates(Supervision.Domain.Figures.Period.Month(2020, 10));

        Assert.Equal(new DateOnly(2020, 10, 1), dates[0]);
        Assert.Equal(new DateOnly(2020, 10, 31), dates[^1]);
        Assert.True(dates.Count <= ItemsReader.MaxChartPoints);
    }

    private static string AcceptedOf(IRenderedComponent<ItemsPage> cut, string item) =>
        cut.FindAll(".items-table tbody tr").Single(r => r.TextContent.Contains(item)).QuerySelector(".drill-accepted")!.TextContent.Trim();

    private static ItemDayRollup Accepted(string town, string item, int count) =>
        new() { Town = town, Day = new DateOnly(2020, 10, 14), ItemCode = item, Accepted = count };

    [Fact]
    public async Task A_commit_for_the_selected_hall_updates_its_item_counts()
    {
        var cut = RenderPage<ItemsPage>();
        WaitForSubscription(cut, Nanma);
        WaitFor(cut, () => Assert.Equal("0", AcceptedOf(cut, "RS-001")));

        await SeedAsync(db => db.Set<ItemDayRollup>().Add(Accepted(Nanma, "RS-001", 7)));
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal("7", AcceptedOf(cut, "RS-001")));
    }

    [Fact]
    public async Task A_commit_for_another_hall_does_not_read_the_items_again()
    {
        var cut = RenderPage<ItemsPage>();
        WaitForSubscription(cut, Nanma);
        WaitFor(cut, () => Assert.Equal("0", AcceptedOf(cut, "RS-001")));

        await SeedAsync(db => db.Set<ItemDayRollup>().Add(Accepted(Nanma, "RS-001", 7)));
        await CommitAsync(Lishan);

        Assert.Equal("0", AcceptedOf(cut, "RS-001"));
    }

    [Fact]
    public async Task A_refresh_keeps_the_chosen_hall()
    {
        var cut = RenderPage<ItemsPage>();
        WaitForSubscription(cut, Nanma);
        await cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudSelect<string>>().Instance.ValueChanged.InvokeAsync(Lishan));
        WaitForSubscription(cut, Lishan);

        await SeedAsync(db => db.Set<ItemDayRollup>().Add(Accepted(Lishan, "RS-002", 3)));
        await CommitAsync(Lishan);

        WaitFor(cut, () => Assert.Equal("3", AcceptedOf(cut, "RS-002")));
        Assert.Equal(2, cut.FindAll(".items-table tbody tr").Count);
        Assert.Equal("历山街道", cut.Find(".hall-select input").GetAttribute("value"));
    }

    [Fact]
    public async Task A_coverage_target_saved_in_the_settings_applies_at_the_next_read()
    {
        var cut = RenderPage<ItemsPage>();
        WaitForSubscription(cut, Nanma);
        WaitFor(cut, () => Assert.Equal("未达标", CoverageRow(cut, "南麻街道")[^1]));

        await SaveSettingAsync("Figures:Targets:CoverageMin", 0.7m);
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal("达标", CoverageRow(cut, "南麻街道")[^1]));
        Assert.Contains("目标 ≥ 70.0%", cut.Markup);
    }

    [Fact]
    public Task The_items_page_stops_following_the_live_layer_when_disposed() => AssertUnsubscribesWhenDisposedAsync<ItemsPage>(Nanma);
}
