using Supervision.Domain.Reference;
using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Components.Pages.Towns;

public sealed class TownDetailTests : PageTest
{
    private const string Nanma = "370323001";
    public TownDetailTests()
    {
        Queries.Cases = q => q.Card == CardColour.Red
            ? new PagedResult<CaseRecord>([Case("C9"), Case("办件/7")], 1, q.PageSize, 2)
            : new PagedResult<CaseRecord>([], 1, q.PageSize, 0);
    }

    private static CaseRecord Case(string id) => new()
    {
        Town = Nanma, CaseId = id, ItemCode = "RS-002", Status = CaseStatus.Transferred,
        AcceptedAt = PageTest.Now.AddDays(-10), Deadline = PageTest.Now.AddDays(-2),
    };

    private IRenderedComponent<TownDetail> RenderTown(string code) =>
        Context.Render<TownDetail>(p => p.Add(t => t.Code, code));

    [Fact]
    public void Unknown_town_gets_a_chinese_not_found_message()
    {
        var cut = RenderTown("999999999");

        Assert.Contains("未找到镇街代码“999999999”对应的便民服务中心", cut.Find(".town-not-found").TextContent);
        Assert.Empty(Queries.FigureCalls);
    }

    [Fact]
    public void Hall_page_shows_the_town_name_and_pilot_mark()
    {
        var cut = RenderTown(Nanma);

        Assert.Equal("南麻街道便民服务中心", cut.Find(".town-name").TextContent);
        Assert.Equal("试点", cut.Find(".pilot-chip").TextContent.Trim());
    }

    [Fact]
    public void Red_card_cases_link_to_their_case_page()
    {
        var cut = RenderTown(Nanma);

        var links = cut.FindAll(".case-cards-red a.case-link");
        Assert.Equal(["cases/370323001/C9", "cases/370323001/%E5%8A%9E%E4%BB%B6%2F7"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains(Queries.CaseCalls, q => q is { Town: Nanma, Card: CardColour.Red });
        Assert.Contains("当前没有黄牌办件", cut.Markup);
    }

    [Fact]
    public void Card_lists_name_the_item_not_its_code()
    {
        var cut = RenderTown(Nanma);

        var items = cut.FindAll(".case-cards-red tbody tr").Select(row => row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(["城乡居民养老保险待遇申领", "城乡居民养老保险待遇申领"], items);
    }

    [Fact]
    public void Serving_windows_show_who_serves_and_for_how_long()
    {
        Details.Floor = new HallFloor(PageTest.Now, 14,
            [new ServingWindow("370323001-01", "1号综合受理窗口", WindowKind.Comprehensive, "A001", "370323001-S02", "董超", PageTest.Now.AddMinutes(-20), 1200)],
            [new WaitingTicket("A002", "综合受理", PageTest.Now.AddMinutes(-35), 2100)],
            [new WindowKindCount(WindowKind.Comprehensive, 3), new WindowKindCount(WindowKind.Specialised, 1)]);

        var cut = RenderTown(Nanma);

        var serving = cut.Find(".serving-table tbody tr");
        Assert.Equal(["1号综合受理窗口", "综合受理", "A001", "董超", "09:40", "20 分钟"], serving.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("hall-warning", cut.Find(".waiting-table tbody tr").ClassList);
        Assert.Contains("75.0%", cut.Find(".accepted-by-kind").TextContent);
    }

    [Fact]
    public void Staff_figures_for_the_period_are_listed_per_person()
    {
        Details.Staff = [new Staff { Id = "370323001-S02", TownCode = Nanma, Name = "董超", Role = StaffRole.ComprehensiveAcceptance }];
        Queries.Figures = (scope, period) => scope.Kind == ScopeKind.Staff
            ? FakeFigureQueries.Empty(scope, period) with { Accepted = 1234, GoodReviewRate = Ratio.Of(3, 4), AttendanceRate = Ratio.Empty, Score = 82.55m }
            : FakeFigureQueries.Empty(scope, period);

        var cut = RenderTown(Nanma);

        var cells = cut.Find(".staff-table tr[data-staff='370323001-S02']").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["董超", "综合受理", "1,234", "0", "—", "75.0%", "0", "—", "82.6"], cells);
    }

    [Fact]
    public void Comparison_puts_the_hall_next_to_the_county()
    {
        Queries.Figures = (scope, period) => FakeFigureQueries.Empty(scope, period) with
        {
            OnTimeRate = scope.Kind == ScopeKind.County ? Ratio.Of(90, 100) : Ratio.Of(8, 10),
            Accepted = scope.Kind == ScopeKind.County ? 120 : 7,
        };

        var cut = RenderTown(Nanma);

        var onTime = cut.Find(".county-comparison tr[data-figure='OnTimeRate']").QuerySelectorAll("td.num");
        Assert.Equal(("80.0%", "90.0%"), (onTime[0].TextContent, onTime[1].TextContent));
        Assert.Contains("mud-error-text", onTime[0].ClassList);
        var accepted = cut.Find(".county-comparison tr[data-figure='Accepted']").QuerySelectorAll("td.num");
        Assert.Equal(("7", "10.0"), (accepted[0].TextContent, accepted[1].TextContent));
    }

    [Fact]
    public async Task Live_update_of_this_hall_changes_the_waiting_count()
    {
        var cut = RenderTown(Nanma);
        var subscription = Assert.Single(Notifier.Active);
        Assert.Equal(Nanma, subscription.Town);

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now,
            halls: [new HallNow(Nanma, new LiveHallState(Nanma, 11, 30, 2, 0, 0), 40, 5, 2, PageTest.Now)]));

        cut.WaitForAssertion(() => Assert.Equal("11", cut.Find(".live-waiting .kpi-value").TextContent));
    }

    [Fact]
    public async Task A_failed_live_re_read_keeps_the_figures_and_says_so_in_chinese()
    {
        Queries.UseFigures(f => f with { Accepted = 321 });
        var cut = RenderTown(Nanma);
        cut.WaitForAssertion(() => Assert.Equal("321", cut.Find(".live-accepted .kpi-value").TextContent));

        Time.Advance(TimeSpan.FromMinutes(1));
        Queries.Figures = (_, _) => throw new InvalidOperationException("database is down");
        await Notifier.PublishAsync(FakeLiveNotifier.Update(Time.GetUtcNow(), changed: [Nanma]));

        cut.WaitForAssertion(() => Assert.Equal("数据读取失败，页面仍显示 10:00:00 读取的数据；有新数据时将自动重试。", cut.Find(".live-error").TextContent.Trim()));
        Assert.Equal("321", cut.Find(".live-accepted .kpi-value").TextContent);
    }

    [Fact]
    public async Task Page_subscribes_to_its_own_town_and_unsubscribes_when_disposed()
    {
        RenderTown(Nanma);
        var subscription = Assert.Single(Notifier.Active);
        Assert.Equal(Nanma, subscription.Town);

        await Context.DisposeComponentsAsync();

        Assert.Empty(Notifier.Active);
        Assert.True(subscription.Disposed);
    }

    [Fact]
    public async Task Two_pages_of_the_same_hall_compute_its_figures_once_per_commit()
    {
        Details.Staff = [new Staff { Id = "370323001-S02", TownCode = Nanma, Name = "董超", Role = StaffRole.ComprehensiveAcceptance }];
        RenderTown(Nanma);
        RenderTown(Nanma);
        var shared = Context.Services.GetRequiredService<SharedFigureCache>();
        var computations = shared.Computations;

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now, changed: [Nanma]));

        // Today's hall figures, the week's for the hall, the county and the one staff member, and the hall's same days
        // of last week, once for both pages, and once more after the commit.
        Assert.Equal(5, computations);
        Assert.Equal(10, shared.Computations);
        Assert.Equal(10, Queries.FigureCalls.Count);
    }

    private static readonly DateTimeOffset Monday = new(2020, 10, 12, 9, 0, 0, TimeSpan.FromHours(8));

    private void SignInAsNanmaLeader()
    {
        Authorization.SetAuthorized("leader-nanma");
        Authorization.SetRoles(Supervision.Web.Security.SupervisionRoles.TownLeader);
        Authorization.SetClaims(new System.Security.Claims.Claim(Supervision.Web.Security.SupervisionClaims.Town, Nanma));
    }

    [Fact]
    public void A_town_leader_opens_the_town_page_on_last_week_on_a_monday()
    {
        Time.SetUtcNow(Monday);
        SignInAsNanmaLeader();

        RenderTown(Nanma);

        Assert.Contains((Scope.Town(Nanma), Period.Week(2020, 41)), Queries.FigureCalls);
        Assert.DoesNotContain(Queries.FigureCalls, c => c.Period == Period.Week(2020, 42));
    }

    [Fact]
    public void The_county_opens_the_town_page_on_this_week_on_a_monday()
    {
        Time.SetUtcNow(Monday);

        RenderTown(Nanma);

        Assert.Contains((Scope.Town(Nanma), Period.Week(2020, 42)), Queries.FigureCalls);
    }

    [Fact]
    public void Opening_on_last_week_on_mondays_can_be_turned_off()
    {
        Time.SetUtcNow(Monday);
        SignInAsNanmaLeader();
        TownPage.LastWeekOnMonday = false;

        RenderTown(Nanma);

        Assert.Contains((Scope.Town(Nanma), Period.Week(2020, 42)), Queries.FigureCalls);
    }

    [Fact]
    public void A_period_in_the_address_wins_over_the_default()
    {
        Time.SetUtcNow(Monday);
        SignInAsNanmaLeader();

        var navigation = Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/towns/370323001?period=2020-09");

        RenderTown(Nanma);

        Assert.Contains((Scope.Town(Nanma), Period.Month(2020, 9)), Queries.FigureCalls);
    }

    [Fact]
    public void Period_cards_compare_with_the_week_before_and_offer_the_meeting_pack()
    {
        Time.SetUtcNow(Monday);
        SignInAsNanmaLeader();
        Queries.Figures = (scope, period) => FakeFigureQueries.Empty(scope, period) with
        {
            Accepted = period == Period.Week(2020, 41) ? 30 : 25,
            Completed = 20,
            OnTimeRate = period == Period.Week(2020, 41) ? Ratio.Of(18, 20) : Ratio.Of(35, 40),
        };

        var cut = RenderTown(Nanma);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".period-figures .kpi-card")));
        var accepted = cut.FindAll(".period-figures .kpi-card").First(c => c.TextContent.Contains("受理件数", StringComparison.Ordinal));
        Assert.Contains("较上期 ▲ 5 件", accepted.TextContent);
        var onTime = cut.FindAll(".period-figures .kpi-card").First(c => c.TextContent.Contains("按时办结率", StringComparison.Ordinal));
        Assert.Contains("较上期 ▲ 2.5 个百分点", onTime.TextContent);
        Assert.Equal("/towns/370323001/meeting?period=2020-W41", cut.Find("a.meeting-pack-button").GetAttribute("href"));
    }
}
