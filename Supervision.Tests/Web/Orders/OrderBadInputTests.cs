using Supervision.Tests.Web.Export;
using static Supervision.Tests.Web.Orders.OrderApp;

namespace Supervision.Tests.Web.Orders;

/// <summary>Bad input is refused with a Chinese problem+json and writes nothing.</summary>
public sealed class OrderBadInputTests
{
    [Fact]
    public async Task An_empty_requirement_or_a_deadline_of_minus_one_is_refused_and_no_order_is_stored()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");

        using var empty = await RaiseAsync(inspector, Nanma, requirement: "   ");
        using var negative = await RaiseAsync(inspector, Nanma, days: -1);

        Assert.Equal((400, true), await StatusAndTextAsync(empty, "请填写整改要求"));
        Assert.Equal((400, true), await StatusAndTextAsync(negative, "整改期限应为 1–60 个工作日"));
        Assert.Empty(await StoredOrdersAsync(app));
    }

    [Fact]
    public async Task A_sixty_megabyte_or_exe_evidence_file_is_refused_and_the_order_is_unchanged()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");
        using var leader = app.CreateClient("leader-nanma");
        var id = (await RaisedAsync(inspector, Nanma)).GetProperty("id").GetInt64();

        using var huge = await AnswerAsync(leader, Nanma, id, "已整改", ("现场照片.jpg", new byte[60 * 1024 * 1024]));
        using var exe = await AnswerAsync(leader, Nanma, id, "已整改", ("setup.exe", [0x4D, 0x5A, 0x90, 0x00]));
        using var renamed = await AnswerAsync(leader, Nanma, id, "已整改", ("整改报告.pdf", [0x4D, 0x5A, 0x90, 0x00]));

        var (hugeStatus, hugeText) = await ProblemAsync(huge);
        Assert.True(hugeStatus is 400 or 413, hugeText);
        Assert.Contains("MB", hugeText, StringComparison.Ordinal);
        Assert.Equal((400, true), await StatusAndTextAsync(exe, "类型不允许上传"));
        Assert.Equal((400, true), await StatusAndTextAsync(renamed, "内容与扩展名"));
        var order = Assert.Single(await StoredOrdersAsync(app));
        Assert.Equal((Supervision.Domain.Orders.OrderState.AwaitingSignature, null), (order.State, order.Measures));
        Assert.Equal(0, await StoredEvidenceCountAsync(app));
    }

    [Fact]
    public async Task Answering_a_closed_order_is_refused_and_keeps_the_accepted_answer()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");
        using var leader = app.CreateClient("leader-nanma");
        var id = (await RaisedAsync(inspector, Nanma)).GetProperty("id").GetInt64();
        (await AnswerAsync(leader, Nanma, id, "已整改")).Dispose();
        (await inspector.PostAsync($"/api/v1/towns/{Nanma}/orders/{id}/close", null)).Dispose();

        using var again = await AnswerAsync(leader, Nanma, id, "再次反馈", ("整改报告.pdf", SmallPdf));

        Assert.Equal((400, true), await StatusAndTextAsync(again, "不能再反馈整改情况"));
        var order = Assert.Single(await StoredOrdersAsync(app));
        Assert.Equal("已整改", order.Measures);
        Assert.Equal(0, await StoredEvidenceCountAsync(app));
    }

    private static async Task<(int, bool)> StatusAndTextAsync(HttpResponseMessage response, string expected)
    {
        var (status, text) = await ProblemAsync(response);
        return (status, text.Contains(expected, StringComparison.Ordinal));
    }
}
