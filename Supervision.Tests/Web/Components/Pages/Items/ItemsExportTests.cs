using Supervision.Web.Components.Pages.Items;

namespace Supervision.Tests.Web.Components.Pages.Items;

public sealed class ItemsExportTests : ListsWorld
{
    [Fact]
    public async Task The_items_export_holds_exactly_the_rows_and_columns_on_screen()
    {
        await SeedAsync(db => db.Set<ItemDayRollup>().AddRange(
            new ItemDayRollup { Town = Nanma, Day = new DateOnly(2020, 10, 9), ItemCode = "RS-002", Accepted = 1234, Completed = 8, CompletedOnTime = 7, CompletedLate = 1 },
            new ItemDayRollup { Town = Nanma, Day = new DateOnly(2020, 10, 9), ItemCode = "RS-003", Accepted = 2, Completed = 1, CompletedOnTime = 1 }));
        var cut = RenderPage<ItemsPage>();
        WaitFor(cut, () => Assert.Equal(4, cut.FindAll(".items-table tbody tr").Count));

        await cut.InvokeAsync(() => cut.Find(".items-filter input").Input("养老"));
        WaitFor(cut, () => Assert.Equal(2, cut.FindAll(".items-table tbody tr").Count));
        var href = ExportHref(cut);
        var exported = await ExportedAsync(href);

        Assert.Contains($"town={Nanma}", href, StringComparison.Ordinal);
        Assert.Equal(Shown(cut, "items-table"), exported);
        Assert.Equal(["RS-002", "城乡居民养老保险待遇申领", "人力资源和社会保障所", "5 个工作日", "15 个工作日", "是", "是", "2020年9月30日", "1,234", "8", "1", "87.5%"],
            exported.Single(r => r[0] == "RS-002"));
    }

    [Fact]
    public async Task A_town_leader_is_told_in_chinese_that_another_towns_list_cannot_be_exported()
    {
        SignInAsNanmaLeader();
        Exports.OnlyTown = Nanma;
        var cut = RenderPage<ItemsPage>();
        WaitFor(cut, () => Assert.Single(cut.FindAll("a.export-button")));

        await cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudSelect<string>>().Instance.ValueChanged.InvokeAsync(Lishan));

        WaitFor(cut, () => Assert.Empty(cut.FindAll("a.export-button")));
        Assert.Equal("无权导出该镇（街道）的数据：您只能导出本镇（街道）的数据。", cut.Find(".export-refused-reason").TextContent.Trim());
    }
}
