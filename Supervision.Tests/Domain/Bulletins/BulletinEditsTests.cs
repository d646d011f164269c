namespace Supervision.Tests.Domain.Bulletins;

public sealed class BulletinEditsTests
{
    private static readonly string[] Towns = ["南麻街道", "石桥镇"];

    private static BulletinEdits Edits(string[]? praise = null, string[]? criticism = null, string summary = "本周情况。", string signer = "王局长") =>
        new(summary, praise ?? [], criticism ?? [], "源审服字〔2020〕1号", "各镇人民政府", "", signer);

    [Fact]
    public void Edits_that_praise_and_criticise_the_same_hall_are_refused_naming_the_hall()
    {
        var problems = Edits(["南麻街道：排名第一"], ["南麻街道：按时办结率未达标", "石桥镇：好评率未达标"]).Problems(Towns);
        Assert.Equal(["南麻街道不能同时受到通报表扬和通报批评，请从其中一栏删除。"], problems["criticism"]);
    }

    [Fact]
    public void An_empty_summary_or_signer_is_refused_and_an_empty_copy_to_is_allowed()
    {
        var problems = Edits(summary: " ", signer: "").Problems(Towns);
        Assert.Equal(["summary", "signer"], problems.Keys.Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(Edits().Problems(Towns));
    }

    [Theory]
    [InlineData(null, 2020, 3, "源审服字〔2020〕3号")]
    [InlineData("源审服字〔2020〕7号", 2020, 3, "源审服字〔2020〕8号")]
    [InlineData("源审服字〔2020〕7号", 2021, 1, "源审服字〔2021〕1号")]
    [InlineData("源审服通〔2020〕12号（更正）", 2020, 5, "源审服通〔2020〕13号（更正）")]
    public void The_next_document_number_follows_the_last_one_and_restarts_in_a_new_year(string? last, int year, int number, string expected) =>
        Assert.Equal(expected, BulletinEdits.NextDocumentNumber(last, year, number));

    [Fact]
    public void A_correction_or_withdrawal_needs_a_reason() =>
        Assert.Equal("请填写撤回原因。", BulletinEdits.ReasonProblem("  ", "撤回"));
}
