using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Components.Pages.Cases;

public sealed class CasePagesTests : ListsWorld
{
    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) =>
        new(2020, month, day, hour, minute, 0, WorkingCalendar.ChinaOffset);

    private static CaseRecord OpenCase(string id, DateTimeOffset deadline) => new()
    {
        Town = Nanma,
        CaseId = id,
        ItemCode = "RS-002",
        AcceptedAt = Local(10, 9, 9, 12),
        AcceptedStaff = $"{Nanma}-S01",
        AcceptedWindow = $"{Nanma}-01",
        AcceptedAtComprehensive = true,
        PromisedDays = 5,
        Deadline = deadline,
        Status = CaseStatus.Accepted,
        Visits = 2,
        SupplementRequests = 1,
    };

    [Fact]
    public void A_drill_down_address_sets_the_case_filters()
    {
        Context.Services.GetRequiredService<NavigationManager>()
            .NavigateTo(CaseLinks.For(Nanma, Period.Month(2020, 9), CaseStatusFilter.Late, item: "RS-002"));

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.NotEmpty(Queries.CaseCalls));
        var query = Queries.CaseCalls[^1];
        Assert.Equal((Nanma, "RS-002", CaseStatusFilter.Late, Period.Month(2020, 9)), (query.Town, query.Item, query.Status, query.Period));
    }

    [Fact]
    public void A_town_leaders_case_list_is_their_own_town_when_the_address_names_none()
    {
        SignInAsNanmaLeader();

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.NotEmpty(Queries.CaseCalls));
        Assert.All(Queries.CaseCalls, q => Assert.Equal(Nanma, q.Town));
    }

    [Fact]
    public void A_card_drill_down_lists_open_cards_whenever_the_case_was_accepted()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(CaseLinks.Cards(null, CardColour.Red));

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.NotEmpty(Queries.CaseCalls));
        Assert.Equal((CardColour.Red, (Period?)null, (string?)null), (Queries.CaseCalls[^1].Card, Queries.CaseCalls[^1].Period, Queries.CaseCalls[^1].Town));
    }

    [Fact]
    public void Case_ids_link_to_the_case_page_and_halls_to_the_hall_page()
    {
        Queries.UseCases([OpenCase("C-001", Local(10, 22, 17, 30))]);

        var cut = RenderPage<CasesPage>();

        // The case page carries the list's filters (this month by default) for its way back.
        WaitFor(cut, () => Assert.Equal("/cases/370323001/C-001?period=2020-10", cut.Find(".cases-table a.case-link").GetAttribute("href")));
        Assert.Contains(cut.FindAll(".cases-table a"), a => a.GetAttribute("href") == $"/towns/{Nanma}" && a.TextContent == "南麻街道");
    }

    [Fact]
    public void A_case_link_carries_the_lists_filters_so_the_case_page_can_return_to_them()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(CaseLinks.For(Nanma, Period.Week(2020, 41), CaseStatusFilter.Late));
        Queries.UseCases([OpenCase("C-001", Local(10, 22, 17, 30))]);

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.Equal($"/cases/{Nanma}/C-001?town={Nanma}&status=Late&period=2020-W41",
            cut.Find(".cases-table a.case-link").GetAttribute("href")));
    }

    [Fact]
    public void Rows_show_names_times_and_the_card_in_chinese()
    {
        Queries.UseCases([OpenCase("C-001", Local(10, 14, 17, 30))]);

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () =>
        {
            var cells = cut.FindAll(".cases-table tbody tr td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(["C-001", "南麻街道", "城乡居民养老保险待遇申领", "2020年10月9日 09:12", "张伟", "已受理", "2020年10月14日 17:30", "红牌", "—", "—"], cells);
        });
    }

    [Fact]
    public void The_first_page_asks_for_cases_accepted_this_month_twenty_at_a_time()
    {
        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.NotEmpty(Queries.CaseCalls));
        var query = Queries.CaseCalls[^1];
        Assert.Equal(Period.Month(2020, 10), query.Period);
        Assert.Equal(1, query.Page);
        Assert.Equal(20, query.PageSize);
        Assert.Equal(CaseStatusFilter.Any, query.Status);
        Assert.Null(query.Town);
    }

    [Fact]
    public void The_pager_reports_the_server_total()
    {
        Queries.UseCases([OpenCase("C-001", Local(10, 22, 17, 30))], total: 1234);

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.Contains("第 1-20 条，共 1,234 条", cut.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent.Trim())));
    }

    [Fact]
    public async Task The_case_page_shows_its_record_and_the_events_in_time_order_as_sentences()
    {
        var record = OpenCase("C-007", Local(10, 15, 17, 30));
        HallEvent[] events =
        [
            // Reported out of order: the acceptance arrives before the receipt.
            new CaseAccepted { Id = "a1", Town = Nanma, At = Local(10, 12, 9, 30), Case = "C-007", Item = "RS-002", Window = $"{Nanma}-01", Staff = $"{Nanma}-S01", Channel = CaseChannel.Onsite },
            new CaseReceived { Id = "r1", Town = Nanma, At = Local(10, 9, 9, 12), Case = "C-007", Item = "RS-002", Window = $"{Nanma}-01", Staff = $"{Nanma}-S02", Channel = CaseChannel.Onsite },
            new CaseSupplementRequested { Id = "s1", Town = Nanma, At = Local(10, 9, 9, 20), Case = "C-007", Materials = ["户口簿"] },
        ];
        await KeepSeedHolidaysAsync();
        await SeedCaseAsync(record, events);

        var cut = RenderPage<CaseDetailPage>(p => p.Add(c => c.Town, Nanma).Add(c => c.CaseId, "C-007"));

        WaitFor(cut, () => Assert.Equal(
            [
                "2020年10月9日 09:12 在 1号综合受理窗口 收件（李娜）",
                "2020年10月9日 09:20 一次性告知需补正材料：户口簿",
                "2020年10月12日 09:30 在 1号综合受理窗口 受理（张伟）",
            ],
            cut.FindAll(".case-timeline .case-event").Select(e =>
                $"{e.QuerySelector(".case-event-time")!.TextContent.Trim()} {e.QuerySelector(".case-event-what")!.TextContent.Trim()}")));
        Assert.Equal("2020年10月15日 17:30", cut.Find(".case-deadline").TextContent.Trim());
        Assert.Equal("2 次（一次性告知 1 次）", cut.Find(".case-visits").TextContent.Trim());
        Assert.Equal("—", cut.Find(".case-processing").TextContent.Trim());
        Assert.Contains("黄牌", cut.Find(".case-record").TextContent);
    }

    [Fact]
    public void An_unknown_case_says_so_in_chinese()
    {
        var cut = RenderPage<CaseDetailPage>(p => p.Add(c => c.Town, Nanma).Add(c => c.CaseId, "NOPE"));

        WaitFor(cut, () => Assert.Equal("南麻街道没有报送编号为“NOPE”的办件。", cut.Find(".case-missing").TextContent.Trim()));
    }
}
