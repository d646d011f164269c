using Supervision.Domain.Import;
using static Supervision.Domain.Import.ImportColumns;

namespace Supervision.Tests.Domain.Import;

/// <summary>Each kind of bad cell is reported with its spreadsheet row, its column and a Chinese reason.</summary>
public sealed class ImportRejectionTests
{
    private static ImportError SingleError(params Dictionary<string, string>[] rows)
    {
        var plan = ImportSheet.Plan(rows);
        Assert.True(plan.Rejected);
        Assert.Empty(plan.Events);
        return Assert.Single(plan.Errors);
    }

    [Fact]
    public void Unknown_town_code_names_row_column_and_code()
    {
        var error = SingleError(ImportSheet.GoodRow("A"), ImportSheet.GoodRow("B").With(Town, "370323999"));

        Assert.Equal(new ImportError(3, Town, "未知镇街代码 \"370323999\""), error);
        Assert.Equal("第 3 行“镇街代码”列：未知镇街代码 \"370323999\"", error.ToString());
    }

    [Fact]
    public void Unknown_item_code_names_row_column_and_code()
    {
        var error = SingleError(ImportSheet.GoodRow().With(Item, "RS-404"));

        Assert.Equal(new ImportError(2, Item, "未知事项编码 \"RS-404\""), error);
    }

    [Fact]
    public void Window_of_another_town_is_refused_in_the_contracts_wording()
    {
        var error = SingleError(ImportSheet.GoodRow().With(Window, "370323002-01"));

        Assert.Equal(new ImportError(2, Window, "窗口 \"370323002-01\" 不属于镇街 370323001"), error);
    }

    [Theory]
    [InlineData("2020-06-31 09:12")]
    [InlineData("2020-06-01")]
    [InlineData("6/1/2020 9:12")]
    [InlineData("昨天上午")]
    public void Unreadable_time_names_the_cell_and_the_expected_format(string value)
    {
        var error = SingleError(ImportSheet.GoodRow().With(AcceptedAt, value));

        Assert.Equal(new ImportError(2, AcceptedAt, $"“{value}”不是有效时间，应为 yyyy-MM-dd HH:mm 或 yyyy-MM-dd HH:mm:ss（北京时间）"), error);
    }

    [Fact]
    public void Completion_before_acceptance_is_reported_on_the_completion_column()
    {
        var error = SingleError(ImportSheet.GoodRow().With(CompletedAt, "2020-06-01 09:00").With(IssuedAt, "2020-06-01 09:05"));

        Assert.Equal(new ImportError(2, CompletedAt, "办结时间（2020-06-01 09:00:00）早于受理时间（2020-06-01 09:12:00）"), error);
    }

    [Fact]
    public void Missing_required_column_is_reported_on_the_header_row()
    {
        var headers = ImportSheet.Headers.Where(h => h != Item).ToList();

        var plan = ImportSheet.Plan(ImportSheet.Table(headers, ImportSheet.GoodRow()));

        Assert.Equal([new ImportError(1, Item, "缺少必填列（表头中没有这一列）")], plan.Errors);
    }

    [Fact]
    public void Optional_columns_may_be_left_out_of_the_header()
    {
        var required = ImportColumns.All.Where(c => c.Required).Select(c => c.Name).ToList();
        var row = ImportSheet.GoodRow();

        var plan = ImportSheet.Plan(ImportSheet.Table(required, row));

        Assert.False(plan.Rejected, string.Join("; ", plan.Errors));
        Assert.Equal(["case.received", "case.accepted"], plan.Events.Select(e => e.Type));
    }

    [Fact]
    public void Repeated_case_number_names_the_later_row_and_the_first_one()
    {
        var error = SingleError(ImportSheet.GoodRow("YY1"), ImportSheet.GoodRow("YY2"), ImportSheet.GoodRow("YY1"));

        Assert.Equal(new ImportError(4, CaseId, "办件编号“YY1”与第 2 行重复"), error);
    }

    [Fact]
    public void Empty_required_cell_is_reported()
    {
        var error = SingleError(ImportSheet.GoodRow().With(Staff, ""));

        Assert.Equal(new ImportError(2, Staff, "必填项为空"), error);
    }

    [Fact]
    public void Onsite_acceptance_on_a_public_holiday_is_refused_by_the_calendar()
    {
        // 2020-10-01: National Day, the hall is closed.
        var error = SingleError(ImportSheet.GoodRow()
            .With(AcceptedAt, "2020-10-01 09:12").With(CompletedAt, "2020-10-01 09:15").With(IssuedAt, "2020-10-01 09:18"));

        Assert.Equal(2, error.Row);
        Assert.Equal(AcceptedAt, error.Column);
        Assert.StartsWith("2020-10-01 不是工作日", error.Reason);
    }

    [Fact]
    public void Online_acceptance_on_a_weekend_and_onsite_acceptance_on_a_makeup_sunday_are_accepted()
    {
        var online = ImportSheet.GoodRow("W1").With(Channel, "网上")
            .With(AcceptedAt, "2020-06-06 10:00").With(CompletedAt, "2020-06-08 09:05").With(IssuedAt, "2020-06-08 09:30");
        var makeupDay = ImportSheet.GoodRow("W2")
            .With(AcceptedAt, "2020-06-28 10:00").With(CompletedAt, "2020-06-28 10:05").With(IssuedAt, "2020-06-28 10:10");

        var plan = ImportSheet.Plan(online, makeupDay);

        Assert.False(plan.Rejected, string.Join("; ", plan.Errors));
    }

    [Fact]
    public void Time_after_now_is_refused()
    {
        var error = SingleError(ImportSheet.GoodRow().With(IssuedAt, "2020-10-13 09:00"));

        Assert.Equal(new ImportError(2, IssuedAt, "2020-10-13 09:00:00 晚于当前时间，历史办件不能发生在将来"), error);
    }

    [Fact]
    public void Row_with_neither_acceptance_nor_refusal_is_refused()
    {
        var error = SingleError(ImportSheet.GoodRow().With(AcceptedAt, "").With(CompletedAt, "").With(Outcome, "").With(IssuedAt, "").With(IssueMethod, "").With(IssueWindow, ""));

        Assert.Equal(new ImportError(2, AcceptedAt, "受理时间与不予受理时间必须填写其一"), error);
    }

    [Fact]
    public void Completion_without_outcome_is_refused()
    {
        var error = SingleError(ImportSheet.GoodRow().With(Outcome, ""));

        Assert.Equal(new ImportError(2, Outcome, "填写了办结时间时必须填写办理结果"), error);
    }

    [Fact]
    public void Unknown_choice_lists_the_allowed_values()
    {
        var error = SingleError(ImportSheet.GoodRow().With(Channel, "电话"));

        Assert.Equal(new ImportError(2, Channel, "“电话”无效，应为 现场、网上 或 自助终端"), error);
    }

    [Fact]
    public void Every_problem_of_the_file_is_listed_in_row_order()
    {
        var plan = ImportSheet.Plan(
            ImportSheet.GoodRow("A").With(Item, "RS-404"),
            ImportSheet.GoodRow("B"),
            ImportSheet.GoodRow("C").With(Town, "370323999").With(AcceptedAt, "bad"));

        Assert.Equal([(2, Item), (4, AcceptedAt), (4, Town)], plan.Errors.Select(e => (e.Row, e.Column)));
    }
}
