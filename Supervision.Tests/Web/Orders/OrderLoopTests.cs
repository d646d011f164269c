using Supervision.Tests.Web.Export;
using static Supervision.Tests.Web.Orders.OrderApp;

namespace Supervision.Tests.Web.Orders;

/// <summary>The loop through the API: raised from a red card, answered with evidence by the town, returned once, closed; another town is kept out.</summary>
public sealed class OrderLoopTests(SqliteJuneExportApp app) : IClassFixture<SqliteJuneExportApp>
{
    [Fact]
    public async Task An_order_from_a_red_card_is_answered_by_its_town_returned_once_and_closed_with_every_step_audited()
    {
        using var inspector = app.CreateClient("inspector");
        using var leader = app.CreateClient("leader-nanma");
        var caseId = await NanmaCaseAsync();

        var raised = await RaisedAsync(inspector, Nanma, "RedCard", caseId);
        var id = raised.GetProperty("id").GetInt64();
        Assert.Matches(@"^督办〔2020〕\d+号$", raised.GetProperty("label").GetString());
        Assert.Equal("待签收", raised.GetProperty("stateName").GetString());
        Assert.Equal($"case:{caseId}", raised.GetProperty("subject").GetString());

        using (var answered = await AnswerAsync(leader, Nanma, id, "已办结并约谈窗口人员", ("整改报告.pdf", SmallPdf)))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        using (var returned = await inspector.PostAsJsonAsync($"/api/v1/towns/{Nanma}/orders/{id}/return", new { reason = "缺少办结凭证" }))
        {
            Assert.Equal("整改中", (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stateName").GetString());
        }
        (await AnswerAsync(leader, Nanma, id, "补充办结凭证")).Dispose();
        using (var closed = await inspector.PostAsync($"/api/v1/towns/{Nanma}/orders/{id}/close", null))
        {
            Assert.Equal("已销号", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stateName").GetString());
        }

        var detail = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{Nanma}/orders/{id}");
        Assert.Equal(1, detail.GetProperty("order").GetProperty("returnCount").GetInt32());
        var evidenceId = detail.GetProperty("evidence")[0].GetProperty("id").GetInt64();
        using var download = await leader.GetAsync($"/api/v1/towns/{Nanma}/orders/{id}/evidence/{evidenceId}");
        Assert.Equal(SmallPdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        var audit = app.Services.GetRequiredService<IAuditLog>();
        var actions = (await audit.SearchAsync(new AuditQuery(PageSize: 500))).Entries
            .Where(e => e.Target?.EndsWith(raised.GetProperty("label").GetString()!, StringComparison.Ordinal) == true)
            .Select(e => (e.Action, e.Actor)).ToList();
        Assert.Contains((OrderActions.Raised, "inspector"), actions);
        Assert.Equal(2, actions.Count(a => a == (OrderActions.Answered, "leader-nanma")));
        Assert.Contains((OrderActions.Returned, "inspector"), actions);
        Assert.Contains((OrderActions.Closed, "inspector"), actions);
        Assert.Contains((OrderActions.EvidenceDownloaded, "leader-nanma"), actions);
    }

    [Fact]
    public async Task Another_towns_leader_can_neither_see_nor_answer_nor_download_an_order()
    {
        using var inspector = app.CreateClient("inspector");
        using var nanma = app.CreateClient("leader-nanma");
        using var lishan = app.CreateClient("leader-lishan");
        var id = (await RaisedAsync(inspector, Nanma, "RedCard", await NanmaCaseAsync())).GetProperty("id").GetInt64();
        (await AnswerAsync(nanma, Nanma, id, "已整改", ("整改报告.pdf", SmallPdf))).Dispose();
        var evidenceId = (await nanma.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{Nanma}/orders/{id}")).GetProperty("evidence")[0].GetProperty("id").GetInt64();

        // Through Nanma's address the town check refuses; through Lishan's own address the order is not Lishan's.
        using var read = await lishan.GetAsync($"/api/v1/towns/{Nanma}/orders/{id}");
        using var readOwn = await lishan.GetAsync($"/api/v1/towns/{Lishan}/orders/{id}");
        using var answer = await AnswerAsync(lishan, Nanma, id, "冒名反馈");
        using var answerOwn = await AnswerAsync(lishan, Lishan, id, "冒名反馈");
        using var download = await lishan.GetAsync($"/api/v1/towns/{Nanma}/orders/{id}/evidence/{evidenceId}");
        using var downloadOwn = await lishan.GetAsync($"/api/v1/towns/{Lishan}/orders/{id}/evidence/{evidenceId}");
        var list = await lishan.GetFromJsonAsync<JsonElement>("/api/v1/orders");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answerOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, downloadOwn.StatusCode);
        Assert.DoesNotContain(list.GetProperty("orders").EnumerateArray(), o => o.GetProperty("id").GetInt64() == id);
        var stored = (await StoredOrdersAsync(app)).Single(o => o.Id == id);
        Assert.Equal("已整改", stored.Measures);
    }

    [Fact]
    public async Task A_town_leader_cannot_raise_return_or_close_orders()
    {
        using var inspector = app.CreateClient("inspector");
        using var leader = app.CreateClient("leader-nanma");
        var id = (await RaisedAsync(inspector, Nanma)).GetProperty("id").GetInt64();
        (await AnswerAsync(leader, Nanma, id, "已整改")).Dispose();

        using var raise = await RaiseAsync(leader, Nanma);
        using var close = await leader.PostAsync($"/api/v1/towns/{Nanma}/orders/{id}/close", null);

        Assert.Equal(HttpStatusCode.Forbidden, raise.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal(Supervision.Domain.Orders.OrderState.Answered, (await StoredOrdersAsync(app)).Single(o => o.Id == id).State);
    }

    private async Task<string> NanmaCaseAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.Set<CaseRecord>().Where(c => c.Town == Nanma).OrderBy(c => c.CaseId).Select(c => c.CaseId).FirstAsync();
    }
}
