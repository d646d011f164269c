using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Components.Pages.Cases;

public sealed class CaseTimelineTests
{
    private const string Town = "370323001";

    private static readonly ReferenceNames Names = new(
        new Dictionary<string, string> { [Town] = "南麻街道" },
        new Dictionary<string, string> { ["RS-002"] = "城乡居民养老保险待遇申领" },
        new Dictionary<string, string> { [$"{Town}-01"] = "1号综合受理窗口", [$"{Town}-09"] = "9号统一出件窗口" },
        new Dictionary<string, string> { [$"{Town}-S01"] = "张伟", [$"{Town}-S05"] = "亓超" },
        new Dictionary<string, string> { ["RS"] = "人力资源和社会保障所" });

    // 01:12 UTC is 09:12 in China.
    private static readonly DateTimeOffset At = new(2020, 10, 9, 1, 12, 0, TimeSpan.Zero);

    [Fact]
    public void Acceptance_reads_as_time_window_and_staff_in_china_time()
    {
        var accepted = new CaseAccepted { Id = "e1", Town = Town, At = At, Case = "C1", Item = "RS-002", Window = $"{Town}-01", Staff = $"{Town}-S01", Channel = CaseChannel.Onsite };

        Assert.Equal("2020年10月9日 09:12 在 1号综合受理窗口 受理（张伟）", CaseTimeline.Sentence(accepted, Names));
    }

    [Fact]
    public void One_time_notice_lists_every_missing_material()
    {
        var notice = new CaseSupplementRequested { Id = "e2", Town = Town, At = At, Case = "C1", Materials = ["户口簿", "待遇申领表"] };

        Assert.Equal("2020年10月9日 09:12 一次性告知需补正材料：户口簿、待遇申领表", CaseTimeline.Sentence(notice, Names));
    }

    [Fact]
    public void Transfer_names_the_department()
    {
        var transfer = new CaseTransferred { Id = "e3", Town = Town, At = At, Case = "C1", Department = "RS" };

        Assert.Equal("2020年10月9日 09:12 转办至 人力资源和社会保障所", CaseTimeline.Sentence(transfer, Names));
    }

    [Fact]
    public void Pause_gives_the_special_procedure()
    {
        var pause = new CasePaused { Id = "e4", Town = Town, At = At, Case = "C1", Reason = "实地踏勘" };

        Assert.Equal("2020年10月9日 09:12 暂停计时，进入特别程序：实地踏勘", CaseTimeline.Sentence(pause, Names));
    }

    [Fact]
    public void Completion_gives_the_outcome()
    {
        var completed = new CaseCompleted { Id = "e5", Town = Town, At = At, Case = "C1", Outcome = CaseOutcome.Approved };

        Assert.Equal("2020年10月9日 09:12 办结，结果：准予", CaseTimeline.Sentence(completed, Names));
    }

    [Fact]
    public void Refusal_without_approval_is_called_a_violation()
    {
        var refused = new CaseRefused { Id = "e6", Town = Town, At = At, Case = "C1", Reason = "材料不全", ApprovedBy = null };

        Assert.Equal("2020年10月9日 09:12 拒收，理由：材料不全（未经负责人批准，属无权否决违规）", CaseTimeline.Sentence(refused, Names));
    }

    [Fact]
    public void Refusal_with_approval_names_the_approver()
    {
        var refused = new CaseRefused { Id = "e7", Town = Town, At = At, Case = "C1", Reason = "不属于受理范围", ApprovedBy = $"{Town}-S05" };

        Assert.Equal("2020年10月9日 09:12 拒收，理由：不属于受理范围（经 亓超 批准）", CaseTimeline.Sentence(refused, Names));
    }

    [Fact]
    public void Online_receipt_is_not_placed_at_a_window()
    {
        var online = new CaseReceived { Id = "e8", Town = Town, At = At, Case = "C1", Item = "RS-002", Window = $"{Town}-01", Staff = $"{Town}-S01", Channel = CaseChannel.Online };

        Assert.Equal("2020年10月9日 09:12 网上提交申请（城乡居民养老保险待遇申领）", CaseTimeline.Sentence(online, Names));
    }

    [Fact]
    public void Unknown_codes_are_shown_as_reported_and_marked_unregistered()
    {
        var issued = new CaseIssued { Id = "e9", Town = Town, At = At.AddHours(8), Case = "C1", Window = $"{Town}-77", Method = IssueMethod.Counter };

        Assert.Equal("2020年10月9日 17:12 在 370323001-77（未登记） 出件（窗口领取）", CaseTimeline.Sentence(issued, Names));
    }

    [Fact]
    public void An_evening_utc_instant_falls_on_the_next_china_day()
    {
        var resumed = new CaseResumed { Id = "e10", Town = Town, At = new DateTimeOffset(2020, 12, 31, 17, 0, 0, TimeSpan.Zero), Case = "C1" };

        Assert.Equal("2021年1月1日 01:00 特别程序结束，恢复计时", CaseTimeline.Sentence(resumed, Names));
        Assert.Equal(new DateOnly(2021, 1, 1), ZhFormat.LocalDay(resumed.At));
        Assert.Equal(TimeSpan.FromHours(8), WorkingCalendar.ChinaOffset);
    }
}
