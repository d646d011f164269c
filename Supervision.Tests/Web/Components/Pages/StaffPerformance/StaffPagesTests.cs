using Bunit;
using Supervision.Domain.Activity;
using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Events;
using Supervision.Domain.Figures;
using Supervision.Web.Components.Pages.StaffPerformance;

namespace Supervision.Tests.Web.Components.Pages.StaffPerformance;

public sealed class StaffPagesTests : ListsWorld
{
    private static StaffDayRollup Day(string staff, int day, int accepted, int served, long serviceSeconds, int reviews, int good, int negative, AttendanceStatus? attendance) => new()
    {
        Town = staff[..9],
        StaffId = staff,
        Day = new DateOnly(2020, 10, day),
        CasesAccepted = accepted,
        TicketsServed = served,
        ServiceSecondsSum = serviceSeconds,
        Reviews = reviews,
        ReviewsGood = good,
        ReviewsNegative = negative,
        AttendanceStatus = attendance,
    };

    private Task SeedStaffDaysAsync() => SeedAsync(db => db.Set<StaffDayRollup>().AddRange(
        // 张伟: service (20·420 + 10·300) ÷ 30 = 380 s = 6.3 分钟; 好评率 3/4 = 75 %, 出勤 2/2 → 100 × (0.6·0.75 + 0.4·1) = 85.0
        Day($"{Nanma}-S01", 9, 1000, 20, 20 * 420, 2, 2, 0, AttendanceStatus.Present),
        Day($"{Nanma}-S01", 12, 234, 10, 10 * 300, 2, 1, 1, AttendanceStatus.Late),
        // 李娜: no reviews, attendance 1/2 → 50.0
        Day($"{Nanma}-S02", 9, 5, 0, 0, 0, 0, 0, AttendanceStatus.Present),
        Day($"{Nanma}-S02", 12, 0, 0, 0, 0, 0, 0, AttendanceStatus.Absent)));

    private static List<string> Row(IRenderedComponent<StaffPage> cut, string name) =>
        cut.FindAll(".staff-table tbody tr").Single(r => r.TextContent.Contains(name))
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task Ranking_lists_figure_11_per_staff_member_in_zh_cn_format()
    {
        await SeedStaffDaysAsync();

        var cut = RenderPage<StaffPage>();

        WaitFor(cut, () => Assert.Equal(["1", "张伟", "南麻街道", "综合受理", "1,234", "30", "6.3 分钟", "75.0%", "1", "100.0%", "85.0"], Row(cut, "张伟")));
        Assert.Equal(["2", "李娜", "南麻街道", "综合受理", "5", "0", "—", "—", "0", "50.0%", "50.0"], Row(cut, "李娜"));
    }

    [Fact]
    public async Task Staff_without_any_figure_are_listed_last_without_a_place()
    {
        await SeedStaffDaysAsync();

        var cut = RenderPage<StaffPage>();

        WaitFor(cut, () => Assert.Equal(["—", "王芳", "历山街道", "出件", "0", "0", "—", "—", "0", "—", "—"], Row(cut, "王芳")));
        Assert.Equal("王芳", cut.FindAll(".staff-table tbody tr").Last().QuerySelector(".staff-link")!.TextContent);
    }

    [Fact]
    public void Names_link_to_the_staff_page_and_halls_to_the_hall_page()
    {
        var cut = RenderPage<StaffPage>();

        WaitFor(cut, () => Assert.Contains(cut.FindAll(".staff-link"), a => a.GetAttribute("href") == "/staff/370323001-S01"));
        Assert.Contains(cut.FindAll(".staff-table a"), a => a.GetAttribute("href") == $"/towns/{Lishan}");
    }

    [Fact]
    public async Task Equal_scores_share_a_place()
    {
        await SeedAsync(db => db.Set<StaffDayRollup>().AddRange(
            Day($"{Nanma}-S01", 9, 0, 0, 0, 0, 0, 0, AttendanceStatus.Present),
            Day($"{Nanma}-S02", 9, 0, 0, 0, 0, 0, 0, AttendanceStatus.Present)));

        var cut = RenderPage<StaffPage>();

        WaitFor(cut, () => Assert.Equal(["1", "1", "—"], cut.FindAll(".staff-place").Select(c => c.TextContent.Trim())));
    }

    [Fact]
    public async Task Staff_page_shows_cards_daily_rows_and_recent_reviews()
    {
        await SeedStaffDaysAsync();
        await SeedAsync(db => db.Set<ReviewRecord>().Add(new ReviewRecord
        {
            Town = Nanma, ReviewId = "R1", Staff = $"{Nanma}-S01", Level = 2, IsNegative = true, CaseId = "C-5",
            Channel = ReviewChannel.QrCode, Reasons = "态度生硬", SubmittedAt = Now.AddDays(-3), SubmittedDay = new DateOnly(2020, 10, 12),
        }));

        var cut = RenderPage<StaffDetailPage>(p => p.Add(c => c.StaffId, $"{Nanma}-S01"));

        WaitFor(cut, () => Assert.Equal(["1,234", "30", "6.3 分钟", "75.0%", "100.0%", "85.0"], cut.FindAll(".kpi-value").Select(v => v.TextContent.Trim())));
        Assert.Contains("迟到 1 天", cut.Markup);
        Assert.Equal(2, cut.FindAll(".staff-days tbody tr").Count);
        var review = cut.Find(".recent-reviews tbody tr");
        Assert.Contains("不满意", review.TextContent);
        Assert.Contains("二维码", review.TextContent);
        Assert.Equal("/cases/370323001/C-5", review.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_staff_member_is_reported_in_chinese()
    {
        var cut = RenderPage<StaffDetailPage>(p => p.Add(c => c.StaffId, "X"));

        WaitFor(cut, () => Assert.Equal("没有编号为“X”的工作人员。", cut.Find(".staff-missing").TextContent.Trim()));
    }

    [Fact]
    public void A_town_leader_is_refused_another_towns_staff_member_without_seeing_them()
    {
        SignInAsNanmaLeader();

        var cut = RenderPage<StaffDetailPage>(p => p.Add(c => c.StaffId, $"{Lishan}-S01"));

        WaitFor(cut, () => Assert.Equal("当前账号无权访问该工作人员的信息。", cut.Find(".staff-refused").TextContent.Trim()));
        Assert.DoesNotContain("王芳", cut.Markup);
    }

    private static Supervision.Domain.Reference.Staff Member(string id, string town, string name) =>
        new() { Id = id, TownCode = town, Name = name, Role = Supervision.Domain.Reference.StaffRole.ComprehensiveAcceptance, Trained = true };

    private static List<string> Names(IRenderedComponent<StaffPage> cut) =>
        cut.FindAll(".staff-link").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_commit_for_the_shown_hall_lists_its_new_staff_member()
    {
        var cut = await RenderForTownAsync<StaffPage>(Nanma);
        WaitFor(cut, () => Assert.Equal(["张伟", "李娜"], Names(cut)));

        await SeedAsync(db => db.Staff.Add(Member($"{Nanma}-S03", Nanma, "赵敏")));
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal(["张伟", "李娜", "赵敏"], Names(cut)));
    }

    [Fact]
    public async Task A_commit_for_another_hall_does_not_read_the_ranking_again()
    {
        var cut = await RenderForTownAsync<StaffPage>(Nanma);
        WaitFor(cut, () => Assert.Equal(["张伟", "李娜"], Names(cut)));

        await SeedAsync(db => db.Staff.Add(Member($"{Nanma}-S03", Nanma, "赵敏")));
        await CommitAsync(Lishan);

        Assert.Equal(["张伟", "李娜"], Names(cut));
    }

    [Fact]
    public async Task A_refresh_keeps_the_chosen_hall_and_period()
    {
        var cut = await RenderForTownAsync<StaffPage>(Lishan);
        await ChoosePeriodAsync(cut, Period.Month(2020, 9));
        WaitFor(cut, () => Assert.Equal(["王芳"], Names(cut)));

        await SeedAsync(db => db.Staff.AddRange(Member($"{Lishan}-S02", Lishan, "刘洋"), Member($"{Nanma}-S03", Nanma, "赵敏")));
        await CommitAsync(Lishan);

        WaitFor(cut, () => Assert.Equal(["刘洋", "王芳"], Names(cut).Order(StringComparer.Ordinal).ToList()));
        Assert.Equal("历山街道", cut.Find(".scope-select input").GetAttribute("value"));
        Assert.Equal("2020-09", cut.Find(".period-field input").GetAttribute("value"));
    }

    [Fact]
    public Task The_staff_page_stops_following_the_live_layer_when_disposed() => AssertUnsubscribesWhenDisposedAsync<StaffPage>(null);
}
