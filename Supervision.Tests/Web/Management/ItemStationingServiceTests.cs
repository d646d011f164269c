using Supervision.Tests.Web.Components.Pages;

namespace Supervision.Tests.Web.Management;

public sealed class ItemStationingServiceTests : ListsWorld
{
    private ItemStationingService Service => Context.Services.GetRequiredService<ItemStationingService>();

    [Fact]
    public async Task Enabling_an_item_appends_a_status_row_and_keeps_the_earlier_history()
    {
        await Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), true, true), default);

        await using var db = Database.CreateContext();
        var rows = await db.HallItemStatuses.Where(s => s.TownCode == Nanma && s.ItemCode == "RS-004").OrderBy(s => s.EffectiveFrom).ToListAsync();
        Assert.Equal([new DateOnly(2020, 5, 1), new DateOnly(2020, 10, 20)], rows.Select(r => r.EffectiveFrom));
        Assert.False(rows[0].OneWindowEnabled);
        Assert.True(rows[1].OneWindowEnabled);
    }

    [Fact]
    public async Task A_change_is_reported_to_the_audit_with_hall_and_item()
    {
        await Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), true, true), default);

        Assert.Equal([(ManagementActions.ItemStationingChanged, $"{Nanma}/RS-004")], ManagementAudit.Entries);
    }

    [Fact]
    public async Task Coverage_follows_the_change_from_its_effective_date_only()
    {
        await Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), true, true), default);

        await using var db = Database.CreateContext();
        var history = await db.HallItemStatuses.ToListAsync();
        Assert.Equal("75.0%", ItemCoverage.AsOf(history, new DateOnly(2020, 10, 19), Scope.Town(Nanma)).ToString());
        Assert.Equal("100.0%", ItemCoverage.AsOf(history, new DateOnly(2020, 10, 20), Scope.Town(Nanma)).ToString());
    }

    [Fact]
    public async Task Withdrawing_an_item_leaves_it_out_of_both_parts_of_coverage()
    {
        await Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), false, false), default);

        await using var db = Database.CreateContext();
        var coverage = ItemCoverage.AsOf(await db.HallItemStatuses.ToListAsync(), new DateOnly(2020, 10, 31), Scope.Town(Nanma));
        Assert.Equal("3 / 3", coverage.PartsText);
    }

    [Fact]
    public async Task Enabling_an_item_that_is_not_stationed_is_refused_in_chinese()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.ChangeAsync(new StationingChange(Yuezhuang, "RS-001", new DateOnly(2020, 10, 20), false, true), default));

        Assert.Equal("未进驻的事项不能纳入一窗受理：请同时勾选“进驻”。", error.Message);
    }

    [Fact]
    public async Task A_second_change_on_the_same_day_is_refused_because_history_is_never_overwritten()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.ChangeAsync(new StationingChange(Nanma, "RS-001", new DateOnly(2020, 9, 30), true, false), default));

        Assert.Equal("南麻街道的“城乡居民养老保险参保登记”在2020年9月30日已有状态记录，历史记录不可覆盖，请选择其他生效日期。", error.Message);
    }

    [Fact]
    public async Task A_change_to_the_state_the_item_already_has_is_refused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.ChangeAsync(new StationingChange(Nanma, "RS-001", new DateOnly(2020, 10, 20), true, true), default));

        Assert.Equal("南麻街道的“城乡居民养老保险参保登记”在2020年10月20日已是“进驻、纳入一窗”，无需变更。", error.Message);
    }

    [Fact]
    public async Task An_unknown_item_is_refused_in_chinese()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.ChangeAsync(new StationingChange(Nanma, "XX-999", new DateOnly(2020, 10, 20), true, true), default));

        Assert.Equal("未知事项编码“XX-999”。", error.Message);
    }

    [Fact]
    public async Task A_user_who_is_not_a_county_administrator_cannot_change_stationing()
    {
        Access.Allowed = false;

        await Assert.ThrowsAsync<ManagementDeniedException>(() =>
            Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), true, true), default));
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.HallItemStatuses.CountAsync(s => s.TownCode == Nanma && s.ItemCode == "RS-004"));
    }

    [Fact]
    public async Task Reference_data_listeners_are_told_after_a_change()
    {
        var listener = new CountingListener();
        Context.Services.AddSingleton<IReferenceDataListener>(listener);

        await Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), true, true), default);

        Assert.Equal(1, listener.Calls);
    }

    [Fact]
    public async Task The_read_sides_cached_item_history_shows_the_change_at_once()
    {
        var cache = Context.Services.GetRequiredService<ReadReferenceCache>();
        var before = await cache.GetAsync(default);

        await Service.ChangeAsync(new StationingChange(Nanma, "RS-004", new DateOnly(2020, 10, 20), true, true), default);

        var after = await cache.GetAsync(default);
        Assert.Equal(before.ItemHistory.Count + 1, after.ItemHistory.Count);
        Assert.Equal("100.0%", ItemCoverage.AsOf(after.ItemHistory, new DateOnly(2020, 10, 31), Scope.Town(Nanma)).ToString());
    }

    private sealed class CountingListener : IReferenceDataListener
    {
        public int Calls { get; private set; }

        public void ReferenceDataChanged() => Calls++;
    }
}
