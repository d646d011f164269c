using static Supervision.Tests.Web.Orders.OrderApp;

namespace Supervision.Tests.Web.Export;

/// <summary>The next bulletin reports on the halls the previous one criticised, from the orders raised for them.</summary>
public sealed class OrderSheetsTests(SqliteJuneExportApp app) : IClassFixture<SqliteJuneExportApp>
{
    [Fact]
    public async Task The_next_bulletin_lists_the_criticised_halls_of_the_previous_one_with_their_orders_states()
    {
        using var inspector = app.CreateClient("inspector");
        var week25 = Period.Week(2020, 25);
        var criticised = (await app.Services.GetRequiredService<IFigureQueries>().RankHallsAsync(week25, CancellationToken.None))
            .Where(h => h.Figures.Misses.Count > 0).Select(h => h.Town).ToList();
        Assert.True(criticised.Count >= 2, "六月第25周应至少有两个镇街被通报批评。");
        var first = await IssueAsync(inspector, "week=2020-W25");
        var subject = $"{first.GetProperty("year").GetInt32()}/{first.GetProperty("number").GetInt32()}";

        // One criticised hall answers its order; the other has not signed for it yet.
        var answered = await RaisedAsync(inspector, criticised[0], "Bulletin", subject);
        var waiting = await RaisedAsync(inspector, criticised[1], "Bulletin", subject);
        await app.Services.GetRequiredService<OrderService>().AnswerAsync(LeaderOf(criticised[0]), AuditActor.System, criticised[0],
            answered.GetProperty("id").GetInt64(), "已对窗口人员开展专题培训", [], CancellationToken.None);

        app.Clock.SetUtcNow(new DateTimeOffset(2020, 7, 13, 9, 0, 0, TimeSpan.FromHours(8)));
        var next = await IssueAsync(inspector, "week=2020-W28");
        using var workbook = new XLWorkbook(new MemoryStream(await inspector.GetByteArrayAsync(next.GetProperty("download").GetString())));

        var followUp = Rows(workbook.Worksheet("上期通报问题整改情况"));
        var names = (await app.Services.GetRequiredService<IFigureQueries>().GetTownsAsync(CancellationToken.None)).ToDictionary(t => t.Code, t => t.Name);
        Assert.Equal(criticised.Select(t => names[t]).Order(), followUp.Select(r => r[0]).Distinct().Order());
        Assert.Contains([names[criticised[0]], answered.GetProperty("label").GetString()!, "已反馈", "已对窗口人员开展专题培训"], followUp.Select(r => new[] { r[0], r[1], r[3], r[4] }));
        Assert.Contains([names[criticised[1]], waiting.GetProperty("label").GetString()!, "待签收"], followUp.Select(r => new[] { r[0], r[1], r[3] }));
        Assert.All(criticised.Skip(2), town => Assert.Contains([names[town], "未下发督办单"], followUp.Select(r => new[] { r[0], r[1] })));

        var orders = Rows(workbook.Worksheet("督办事项"));
        Assert.Contains([answered.GetProperty("label").GetString()!, names[criticised[0]], "通报批评"], orders.Select(r => r[..3]));
        // Due in early July and still unanswered at the end of the week: overdue in working days.
        var waitingRow = orders.Single(r => r[0] == waiting.GetProperty("label").GetString());
        Assert.Equal("待签收", waitingRow[5]);
        Assert.True(int.Parse(waitingRow[6], System.Globalization.CultureInfo.InvariantCulture) > 0);

        // Under the ranking: per town, raised in the week (none: both were raised the week before), closed on time, overdue at its end.
        var ranking = workbook.Worksheet("综合排名");
        var heading = ranking.CellsUsed().Single(c => c.GetString() == "督办情况").Address.RowNumber;
        var figures = ranking.Rows(heading + 2, ranking.LastRowUsed()!.RowNumber())
            .Select(r => Enumerable.Range(1, 4).Select(c => r.Cell(c).GetFormattedString()).ToArray()).ToList();
        Assert.Contains([names[criticised[1]], "0", "0", "1"], figures);
        Assert.Contains([names[criticised[0]], "0", "0", "0"], figures);
    }

    private static ClaimsPrincipal LeaderOf(string town) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "leader-" + town), new Claim(ClaimTypes.Role, SupervisionRoles.TownLeader), new Claim(SupervisionClaims.Town, town)],
        "test", ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The table's data rows (below the header row 3) up to the first empty first cell.</summary>
    private static List<string[]> Rows(IXLWorksheet sheet) =>
        sheet.Rows(4, sheet.LastRowUsed()!.RowNumber())
            .TakeWhile(r => !r.Cell(1).IsEmpty())
            .Select(r => Enumerable.Range(1, 7).Select(c => r.Cell(c).GetFormattedString()).ToArray())
            .ToList();

    private static async Task<JsonElement> IssueAsync(HttpClient client, string period)
    {
        using var response = await client.PostAsync($"/api/v1/bulletins?{period}", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
