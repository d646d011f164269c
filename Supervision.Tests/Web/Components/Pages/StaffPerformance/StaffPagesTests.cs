using Supervision.Domain.Events;
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
        // October 1–14 are 10 expected working days (the clock stands on the 15th; no holidays in this world).
        // 张伟: service (20·420 + 10·300) ÷ 30 = 380 s = 6.3 分钟; 好评率 3/4 = 75 %, 出勤 2/10 (8 未报) → quality
        // 100 × (0.6·0.75 + 0.4·0.2) = 53.0; the hall's busiest (1,264) → 0.8·53.0 + 0.2·100 = 62.4, less 1 差评 → 61.4
        Day($"{Nanma}-S01", 9, 1000, 20, 20 * 420, 2, 2, 0, AttendanceStatus.Present),
        Day($"{Nanma}-S01", 12, 234, 10, 10 * 300, 2, 1, 1, AttendanceStatus.Late),
        // 李娜: no reviews, attendance 1/10 → 10.0; workload 5/1,264 → 0.8·10.0 + 0.2·0.40 = 8.1
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

        WaitFor(cut, () => Assert.Equal(["1", "张伟", "南麻街道", "综合受理", "1,234", "30", "6.3", "75.0%", "1", "0", "0", "20.0%", "8", "100.0%", "61.4"], Row(cut, "张伟")));
        Assert.Equal(["2", "李娜", "南麻街道", "综合受理", "5", "0", "—", "—", "0", "0", "0", "10.0%", "8", "0.4%", "8.1"], Row(cut, "李娜"));
    }

    [Fact]
    public async Task Staff_without_any_figure_are_listed_last_without_a_place()
    {
        await SeedStaffDaysAsync();

        var cut = RenderPage<StaffPage>();

        WaitFor(cut, () => Assert.Equal(["—", "王芳", "历山街道", "出件", "0", "0", "—", "—", "0", "0", "0", "—", "0", "—", "—"], Row(cut, "王芳")));
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

        WaitFor(cut, () => Assert.Equal(["1,234", "30", "6.3 分钟", "75.0%", "20.0%", "61.4"], cut.FindAll(".kpi-value").Select(v => v.TextContent.Trim())));
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
        Assert.Equal("2020年9月", cut.Find(".period-label").TextContent);
    }

    [Fact]
    public Task The_staff_page_stops_following_the_live_layer_when_disposed() => AssertUnsubscribesWhenDisposedAsync<StaffPage>(null);

    [Fact]
    public void Last_week_is_picked_with_one_click_and_kept_in_the_address() => AssertLastWeekIsPickedIntoTheAddress<StaffPage>("/staff", readsFigures: false);

    [Fact]
    public void The_period_in_the_address_selects_its_shortcut() => AssertThePeriodInTheAddressSelectsItsShortcut<StaffPage>("/staff");

    [Fact]
    public void Custom_dates_can_be_typed() => AssertCustomDatesCanBeTyped<StaffPage>("/staff", readsFigures: false);
}

public sealed class StaffRankingTests : ListsWorld
{
    private static StaffDayRollup Day(string staff, int day, int accepted, int reviews, int good, AttendanceStatus attendance) => new()
    {
        Town = staff[..9], StaffId = staff, Day = new DateOnly(2020, 10, day),
        CasesAccepted = accepted, Reviews = reviews, ReviewsGood = good, AttendanceStatus = attendance,
    };

    private static List<string> Column(IRenderedComponent<StaffPage> cut, int index) =>
        cut.FindAll(".staff-table tbody tr").Select(r => r.QuerySelectorAll("td")[index].TextContent.Trim()).ToList();

    private static List<string> Names(IRenderedComponent<StaffPage> cut) => Column(cut, 1);

    private Task SeedTwoEqualStaffAsync() => SeedAsync(db => db.Set<StaffDayRollup>().AddRange(
        Day($"{Nanma}-S01", 9, 10, 2, 2, AttendanceStatus.Present), Day($"{Nanma}-S01", 12, 10, 2, 2, AttendanceStatus.Present),
        Day($"{Nanma}-S02", 9, 10, 2, 2, AttendanceStatus.Present), Day($"{Nanma}-S02", 12, 10, 2, 2, AttendanceStatus.Late)));

    [Fact]
    public async Task A_staff_member_with_an_overdue_case_and_a_substantiated_complaint_ranks_below_an_otherwise_equal_one()
    {
        await SeedAsync(db => db.Set<StaffDayRollup>().AddRange(
            Day($"{Nanma}-S01", 9, 10, 2, 2, AttendanceStatus.Present), Day($"{Nanma}-S02", 9, 10, 2, 2, AttendanceStatus.Present)));
        await SeedAsync(db =>
        {
            // 张伟 accepted C-9; it finished late on the 12th, and a complaint about it was found substantiated.
            db.Set<CaseRecord>().Add(new CaseRecord
            {
                Town = Nanma, CaseId = "C-9", ItemCode = "RS-002", AcceptedStaff = $"{Nanma}-S01", Status = CaseStatus.Completed,
                AcceptedAt = Now.AddDays(-10), AcceptedDay = new DateOnly(2020, 10, 5), CompletedAt = Now.AddDays(-3),
                CompletedDay = new DateOnly(2020, 10, 12), CompletedLate = true, CompletedOnTime = false, PromisedDays = 5,
            });
            db.Set<ComplaintRecord>().Add(new ComplaintRecord
            {
                Town = Nanma, ComplaintId = "K-1", CaseId = "C-9", FiledAt = Now.AddDays(-2), FiledDay = new DateOnly(2020, 10, 13), Substantiated = true,
            });
        });

        var cut = RenderPage<StaffPage>();

        WaitFor(cut, () => Assert.Equal(["李娜", "张伟", "王芳"], Names(cut)));
        Assert.Equal(["1", "2", "—"], Column(cut, 0));
        Assert.Equal(["0", "1", "0"], Column(cut, 9));
        Assert.Equal(["0", "1", "0"], Column(cut, 10));
    }

    [Fact]
    public async Task A_working_day_without_an_attendance_report_counts_as_not_attended()
    {
        await SeedTwoEqualStaffAsync();

        var cut = RenderPage<StaffPage>();

        // October 1–14: 10 working days expected, 2 reported.
        WaitFor(cut, () => Assert.Equal(["20.0%", "20.0%", "—"], Column(cut, 11)));
        Assert.Equal(["8", "8", "0"], Column(cut, 12));
    }

    [Fact]
    public async Task Every_column_sorts_both_ways()
    {
        await SeedTwoEqualStaffAsync();
        await SeedAsync(db => db.Set<StaffDayRollup>().Add(Day($"{Nanma}-S02", 13, 30, 0, 0, AttendanceStatus.Present)));
        var cut = RenderPage<StaffPage>();
        WaitFor(cut, () => Assert.Equal(3, Names(cut).Count));

        var headers = cut.FindAll(".staff-table thead th");
        Assert.All(headers, th => Assert.NotNull(th.QuerySelector(".mud-table-sort-label")));
        var accepted = headers.Select(th => th.TextContent.Trim()).ToList().IndexOf("受理件数");
        await cut.InvokeAsync(() => cut.FindAll(".staff-table thead th")[accepted].QuerySelector(".mud-table-sort-label")!.Click());
        WaitFor(cut, () => Assert.Equal(["0", "20", "50"], Column(cut, accepted)));
        await cut.InvokeAsync(() => cut.FindAll(".staff-table thead th")[accepted].QuerySelector(".mud-table-sort-label")!.Click());
        WaitFor(cut, () => Assert.Equal(["50", "20", "0"], Column(cut, accepted)));
    }

    [Fact]
    public async Task The_bottom_view_lists_the_lowest_scored_staff_lowest_first()
    {
        await SeedTwoEqualStaffAsync();
        await SeedAsync(db => db.Set<StaffDayRollup>().Add(Day($"{Nanma}-S02", 13, 30, 0, 0, AttendanceStatus.Present)));
        var cut = RenderPage<StaffPage>();
        WaitFor(cut, () => Assert.Equal(["李娜", "张伟", "王芳"], Names(cut)));

        await cut.InvokeAsync(() => cut.Find(".bottom-switch input").Change(true));

        WaitFor(cut, () => Assert.Equal(["张伟", "李娜"], Names(cut)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_staff_export_holds_exactly_the_rows_and_columns_on_screen(bool bottomOnly)
    {
        await SeedTwoEqualStaffAsync();
        Context.AddAuthorization().SetAuthorized("inspector");
        var cut = RenderPage<StaffPage>();
        WaitFor(cut, () => Assert.Equal(3, Names(cut).Count));
        if (bottomOnly)
        {
            await cut.InvokeAsync(() => cut.Find(".bottom-switch input").Change(true));
            WaitFor(cut, () => Assert.Equal(2, Names(cut).Count));
        }

        var href = ExportHref(cut);
        var exported = await ExportedAsync(href);

        Assert.Contains("period=2020-10", href, StringComparison.Ordinal);
        Assert.Equal(Shown(cut, "staff-table"), exported);
    }

    [Fact]
    public void Without_the_export_right_there_is_no_export_button()
    {
        Exports.Allowed = false;
        Context.AddAuthorization().SetAuthorized("someone");
        var cut = RenderPage<StaffPage>();
        WaitFor(cut, () => Assert.Equal(3, Names(cut).Count));

        Assert.Empty(cut.FindAll("a.export-button"));
    }
}
