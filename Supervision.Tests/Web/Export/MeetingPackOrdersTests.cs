using Supervision.Tests.Web.Orders;
using Supervision.Web.Export.MeetingPack;
using static Supervision.Tests.Web.Orders.OrderApp;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// The 周调度会材料 lists the town's open 督办 orders, in the workbook and on the print page: not another
/// town's, not a closed one; a town without any says 「本周无未办结督办事项」.
/// </summary>
public sealed class MeetingPackOrdersTests(ExportAppFixture app) : IClassFixture<ExportAppFixture>
{
    private const string Yuezhuang = "370323101";
    private static readonly Period Week26 = Period.Week(2020, 26);

    [Fact]
    public async Task The_towns_open_orders_are_in_its_pack_and_another_towns_and_closed_ones_are_not()
    {
        using var inspector = app.CreateClient("inspector");
        using var leader = app.CreateClient("leader-nanma");
        var open = await RaiseOrderAsync(inspector, Nanma, "南麻：窗口长时间离岗", "南麻：约谈当事人并书面说明");
        var other = await RaiseOrderAsync(inspector, Lishan, "历山：出件超时", "历山：三日内出件");
        var closed = await RaiseOrderAsync(inspector, Nanma, "南麻：已整改的问题", "南麻：已销号的要求");
        (await AnswerAsync(leader, Nanma, closed.Id, "已整改")).Dispose();
        (await inspector.PostAsync($"/api/v1/towns/{Nanma}/orders/{closed.Id}/close", null)).Dispose();

        var rows = await OrderRowsAsync(inspector, Nanma);
        var page = await PrintPageAsync(inspector, Nanma);

        Assert.Equal([[open.Label, "手工督办", "南麻：约谈当事人并书面说明", "待签收", "0"]], rows.Select(r => new[] { r[0], r[1], r[2], r[4], r[5] }));
        Assert.Contains(open.Label, page, StringComparison.Ordinal);
        Assert.Contains("南麻：约谈当事人并书面说明", page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Label, page, StringComparison.Ordinal);
        Assert.DoesNotContain("历山：三日内出件", page, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Label, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PackOrder.NoneOpen, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_without_open_orders_says_so_in_the_workbook_and_on_the_page()
    {
        using var inspector = app.CreateClient("inspector");

        var workbook = await WorkbookAsync(inspector, Yuezhuang);
        var page = await PrintPageAsync(inspector, Yuezhuang);

        Assert.Contains(workbook.Worksheet(MeetingPackWorkbook.OrdersSheet).CellsUsed(), c => c.GetString() == PackOrder.NoneOpen);
        Assert.Contains(PackOrder.NoneOpen, page, StringComparison.Ordinal);
    }

    private static async Task<(long Id, string Label)> RaiseOrderAsync(HttpClient client, string town, string problem, string requirement)
    {
        using var response = await OrderApp.RaiseAsync(client, town, problem: problem, requirement: requirement);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (order.GetProperty("id").GetInt64(), order.GetProperty("label").GetString()!);
    }

    private static async Task<XLWorkbook> WorkbookAsync(HttpClient client, string town)
    {
        using var response = await client.GetAsync(MeetingPackEndpoints.Address(town, Week26));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>The 督办事项 sheet's rows below its header, as shown.</summary>
    private static async Task<List<string[]>> OrderRowsAsync(HttpClient client, string town)
    {
        using var workbook = await WorkbookAsync(client, town);
        var sheet = workbook.Worksheet(MeetingPackWorkbook.OrdersSheet);
        return sheet.Rows(TableSheet.HeaderRow + 1, sheet.LastRowUsed()!.RowNumber())
            .TakeWhile(r => !r.Cell(1).IsEmpty())
            .Select(r => Enumerable.Range(1, 6).Select(c => r.Cell(c).GetFormattedString()).ToArray())
            .ToList();
    }

    /// <summary>The print page as the server renders it (prerendered, text decoded).</summary>
    private static async Task<string> PrintPageAsync(HttpClient client, string town) =>
        WebUtility.HtmlDecode(await client.GetStringAsync($"/towns/{town}/meeting?period={Week26}"));
}
