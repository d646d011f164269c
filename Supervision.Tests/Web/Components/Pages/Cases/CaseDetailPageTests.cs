using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Components.Pages.Cases;

/// <summary>The case page on 2020-10-15 (Thursday) 10:00: its clock in working days, stage, handler, links and way back.</summary>
public sealed class CaseDetailPageTests : ListsWorld
{
    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) =>
        new(2020, month, day, hour, minute, 0, WorkingCalendar.ChinaOffset);

    private static CaseRecord Accepted(string id, DateTimeOffset acceptedAt, DateTimeOffset deadline, string staff = $"{Nanma}-S01") => new()
    {
        Town = Nanma,
        CaseId = id,
        ItemCode = "RS-002",
        AcceptedAt = acceptedAt,
        AcceptedDay = WorkingCalendar.LocalDate(acceptedAt),
        AcceptedStaff = staff,
        AcceptedWindow = $"{Nanma}-01",
        AcceptedAtComprehensive = true,
        PromisedDays = 5,
        Deadline = deadline,
        Status = CaseStatus.Accepted,
        Visits = 1,
    };

    private IRenderedComponent<CaseDetailPage> RenderCase(string caseId, string query = "")
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/cases/{Nanma}/{caseId}{query}");
        return RenderPage<CaseDetailPage>(p => p.Add(c => c.Town, Nanma).Add(c => c.CaseId, caseId));
    }

    private static string TimeLeft(IRenderedComponent<CaseDetailPage> cut) => cut.Find(".case-time-left").TextContent.Trim();

    [Fact]
    public async Task An_open_case_past_its_deadline_is_overdue_by_the_working_days_since_not_the_calendar_days()
    {
        // Due Wednesday 09-30 17:30, the eve of the National Day holiday (10-01…10-08). Since then: Friday 10-09,
        // the make-up Saturday 10-10, 10-12, 10-13, 10-14 and this morning: 6 working days in 15 calendar days.
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(Accepted("C-LATE", Local(9, 23, 9), Local(9, 30, 17, 30)));

        var cut = RenderCase("C-LATE");

        WaitFor(cut, () => Assert.Equal("超期 6 个工作日", TimeLeft(cut)));
        Assert.Contains("mud-error-text", cut.Find(".case-time-left").ClassList);
        Assert.Contains("红牌", cut.Find(".case-record").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_case_within_its_limit_reads_the_working_days_it_has_left()
    {
        // Due Tuesday 10-20 17:30: the rest of today, Friday, Monday and Tuesday (the weekend does not count).
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(Accepted("C-OPEN", Local(10, 13, 9), Local(10, 20, 17, 30)));

        var cut = RenderCase("C-OPEN");

        WaitFor(cut, () => Assert.Equal("剩余 4 个工作日", TimeLeft(cut)));
        Assert.Equal("已受理", cut.Find(".case-stage").TextContent.Trim());
    }

    [Fact]
    public async Task A_paused_case_shows_its_special_procedure_and_the_days_left_when_its_clock_stopped()
    {
        // Paused Tuesday 10-13 10:00: from then to Tuesday 10-20 17:30 are 5.8 working days, so 6.
        await KeepSeedHolidaysAsync();
        var record = Accepted("C-PAUSE", Local(10, 12, 9), Local(10, 20, 17, 30));
        (record.Status, record.IsPaused, record.PausedSince, record.TransferredTo) = (CaseStatus.Paused, true, Local(10, 13, 10), "RS");
        await SeedCaseAsync(record,
            new CaseTransferred { Id = "t1", Town = Nanma, At = Local(10, 12, 10), Case = "C-PAUSE", Department = "RS" },
            new CasePaused { Id = "p1", Town = Nanma, At = Local(10, 13, 10), Case = "C-PAUSE", Reason = "实地踏勘" });

        var cut = RenderCase("C-PAUSE");

        WaitFor(cut, () => Assert.Equal("暂停计时，剩余 6 个工作日", TimeLeft(cut)));
        Assert.Equal("特别程序：实地踏勘", cut.Find(".case-stage").TextContent.Trim());
        Assert.Equal(2, cut.FindAll(".case-timeline .case-event").Count);
    }

    [Fact]
    public async Task Without_the_years_holiday_arrangement_the_time_left_is_provisional()
    {
        // No 放假安排 kept at all: 2020 counts Monday to Friday only, and the page says so.
        await SeedCaseAsync(Accepted("C-TBD", Local(10, 13, 9), Local(10, 20, 17, 30)));

        var cut = RenderCase("C-TBD");

        WaitFor(cut, () => Assert.Equal("剩余 4 个工作日（暂定）", TimeLeft(cut)));
        Assert.Contains("（暂定）", cut.Find(".case-deadline").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_breadcrumb_returns_to_the_case_list_with_the_filters_the_case_was_opened_from()
    {
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(Accepted("C-1", Local(10, 13, 9), Local(10, 20, 17, 30)));

        var cut = RenderCase("C-1", $"?town={Nanma}&period=2020-W41&status=Late&other=x");

        WaitFor(cut, () => Assert.Equal($"/cases?town={Nanma}&status=Late&period=2020-W41",
            cut.Find(".case-breadcrumbs a").GetAttribute("href")));
        Assert.Equal("办件查询", cut.Find(".case-breadcrumbs a").TextContent.Trim());
    }

    [Fact]
    public async Task The_handler_links_to_their_staff_page_and_the_item_to_its_cases_in_the_hall()
    {
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(Accepted("C-2", Local(10, 13, 9), Local(10, 20, 17, 30)));

        var cut = RenderCase("C-2");

        WaitFor(cut, () => Assert.Equal($"/staff/{Nanma}-S01", cut.Find("a.case-handler-link").GetAttribute("href")));
        Assert.Equal("张伟", cut.Find("a.case-handler-link").TextContent.Trim());
        Assert.Equal($"/cases?town={Nanma}&item=RS-002", cut.Find("a.case-item-link").GetAttribute("href"));
        Assert.Equal("城乡居民养老保险待遇申领", cut.Find("a.case-item-link").TextContent.Trim());
    }

    [Fact]
    public async Task A_town_leader_gets_no_link_to_a_handler_of_another_hall()
    {
        // 王芳 belongs to 历山街道, whose staff page the 南麻街道 leader may not open.
        SignInAsNanmaLeader();
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(Accepted("C-3", Local(10, 13, 9), Local(10, 20, 17, 30), staff: $"{Lishan}-S01"));

        var cut = RenderCase("C-3");

        WaitFor(cut, () => Assert.Equal("王芳", cut.Find(".case-handler").TextContent.Trim()));
        Assert.Empty(cut.FindAll("a.case-handler-link"));
    }

    [Fact]
    public async Task A_handler_missing_from_the_reference_data_shows_the_code_marked_unregistered()
    {
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(Accepted("C-4", Local(10, 13, 9), Local(10, 20, 17, 30), staff: $"{Nanma}-S99"));

        var cut = RenderCase("C-4");

        WaitFor(cut, () => Assert.Equal($"{Nanma}-S99（未登记）", cut.Find(".case-handler").TextContent.Trim()));
        Assert.Empty(cut.FindAll("a.case-handler-link"));
    }
}
