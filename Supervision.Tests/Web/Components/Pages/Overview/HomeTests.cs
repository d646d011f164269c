using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Components.Pages.Overview;

public sealed class HomeTests : PageTest
{
    private const string Nanma = "370323001";

    public HomeTests()
    {
        Queries.Figures = (scope, period) => scope.Kind == ScopeKind.County
            ? FakeFigureQueries.Empty(scope, period) with
            {
                ItemCoverage = Ratio.Of(374, 947),
                Accepted = 12345,
                Completed = 80,
                OnTimeRate = Ratio.Empty,
                GoodReviewRate = Ratio.Of(187, 200),
                OpenRedCards = 2,
                OpenYellowCards = 5,
            }
            : FakeFigureQueries.Empty(scope, period);
        Queries.Ranking = period => period.Kind == PeriodKind.TodaySoFar
            ? [Hall(Nanma, period, waiting: 4, longest: 2100, red: 1)]
            : [new RankedHall(1, Nanma, 73.4m, FakeFigureQueries.Empty(Scope.Town(Nanma), period) with { OnTimeRate = Ratio.Of(4, 5) }),
               new RankedHall(null, "370323002", null, FakeFigureQueries.Empty(Scope.Town("370323002"), period))];
    }

    private static RankedHall Hall(string town, Period period, int waiting = 0, long? longest = null, int red = 0) =>
        new(null, town, null, FakeFigureQueries.Empty(Scope.Town(town), period) with
        {
            WaitingNow = waiting, LongestCurrentWaitSeconds = longest, WindowsServingNow = 2, Accepted = 9, OpenRedCards = red, OpenYellowCards = 0,
        });

    private static List<string> TodayValues(IRenderedComponent<Home> cut) =>
        cut.Find(".overview-today").QuerySelectorAll(".kpi-value").Select(e => e.TextContent).ToList();

    private static HallNow HallAt(string town, int waiting, int accepted) =>
        new(town, new LiveHallState(town, waiting, 60, 3, 0, 0), 20, accepted, 1, PageTest.Now);

    [Fact]
    public void Today_figures_are_shown_in_zh_cn_format_with_dashes_for_empty_denominators()
    {
        var cut = Context.Render<Home>();

        var today = cut.Find(".overview-today");
        Assert.Contains("今日（2020年10月9日", today.TextContent);
        var values = today.QuerySelectorAll(".kpi-value").Select(e => e.TextContent).ToList();
        Assert.Contains("39.5%", values);   // 374 / 947
        Assert.Contains("93.5%", values);   // 好评率 187 / 200
        Assert.Contains("—", values);       // 按时办结率 without completed cases
        Assert.Contains("12,345", values);  // 受理件数
    }

    [Fact]
    public void Today_counts_drill_down_to_the_cases_behind_them()
    {
        var cut = Context.Render<Home>();

        var links = cut.Find(".overview-today").QuerySelectorAll("a.kpi-drill").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/cases?status=Accepted&period=2020-10-09", links);   // 受理件数 today
        Assert.Contains("/cases?card=Red", links);            // open red cards, whenever accepted
    }

    [Fact]
    public void A_halls_today_and_card_columns_link_to_its_cases()
    {
        var cut = Context.Render<Home>();

        var row = cut.Find($"tr.hall-row[data-town='{Nanma}']");
        Assert.Equal($"/cases?town={Nanma}&status=Accepted&period=2020-10-09", row.QuerySelector(".accepted-today a")!.GetAttribute("href"));
        Assert.Equal($"/cases?town={Nanma}&card=Red", row.QuerySelector(".red-cards a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_default_period_is_this_iso_week()
    {
        var cut = Context.Render<Home>();

        Assert.Contains("2020年第41周（10月5日—10月11日）", cut.Find(".overview-period").TextContent);
    }

    [Fact]
    public void Every_hall_row_links_to_its_hall_page_and_pilots_are_marked()
    {
        var cut = Context.Render<Home>();

        var rows = cut.FindAll(".hall-live-grid tr.hall-row");
        Assert.Equal(12, rows.Count);
        var nanma = cut.Find($"tr.hall-row[data-town='{Nanma}']");
        Assert.Equal("towns/370323001", nanma.QuerySelector("a.hall-link")!.GetAttribute("href"));
        Assert.Equal("南麻街道", nanma.QuerySelector("a.hall-link")!.TextContent);
        Assert.Equal("试点", nanma.QuerySelector(".pilot-chip")!.TextContent.Trim());
        Assert.Null(cut.Find("tr.hall-row[data-town='370323101']").QuerySelector(".pilot-chip"));
    }

    [Fact]
    public void Hall_with_a_red_card_is_coloured_critical()
    {
        var cut = Context.Render<Home>();

        var nanma = cut.Find($"tr.hall-row[data-town='{Nanma}']");
        Assert.Contains("hall-critical", nanma.ClassList);
        Assert.Equal("35 分钟", nanma.QuerySelector(".longest-wait")!.TextContent);
        Assert.Contains("hall-normal", cut.Find("tr.hall-row[data-town='370323002']").ClassList);
    }

    [Fact]
    public async Task Live_update_changes_the_hall_row_without_reloading_the_page()
    {
        var cut = Context.Render<Home>();
        var callsBefore = Queries.FigureCalls.Count;

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now, halls: [HallAt(Nanma, waiting: 7, accepted: 1234)]));

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find($"tr.hall-row[data-town='{Nanma}']");
            Assert.Equal("7", row.QuerySelector(".waiting-now")!.TextContent);
            Assert.Equal("1,234", row.QuerySelector(".accepted-today")!.TextContent);
        });
        Assert.Equal(callsBefore, Queries.FigureCalls.Count);
    }

    [Fact]
    public async Task Figures_changed_by_a_live_update_are_read_again()
    {
        var cut = Context.Render<Home>();
        Queries.Figures = (scope, period) => FakeFigureQueries.Empty(scope, period) with { Accepted = 99 };

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now, changed: [Nanma]));

        cut.WaitForAssertion(() => Assert.Contains("99", cut.Find(".overview-today").QuerySelectorAll(".kpi-value").Select(e => e.TextContent)));
    }

    [Fact]
    public async Task Pushed_hall_state_wins_over_the_figures_read_again_for_the_same_update()
    {
        var cut = Context.Render<Home>();

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now, halls: [HallAt(Nanma, waiting: 6, accepted: 10)], changed: [Nanma]));

        cut.WaitForAssertion(() => Assert.Equal("6", cut.Find($"tr.hall-row[data-town='{Nanma}'] .waiting-now").TextContent));
    }

    [Fact]
    public async Task A_failed_live_re_read_keeps_the_figures_and_says_so_in_chinese()
    {
        var cut = Context.Render<Home>();
        cut.WaitForAssertion(() => Assert.Contains("12,345", TodayValues(cut)));

        Time.Advance(TimeSpan.FromMinutes(1));
        Queries.Figures = (_, _) => throw new InvalidOperationException("database is down");
        await Notifier.PublishAsync(FakeLiveNotifier.Update(Time.GetUtcNow(), changed: [Nanma]));

        cut.WaitForAssertion(() => Assert.Equal("数据读取失败，页面仍显示 10:00:00 读取的数据；有新数据时将自动重试。", cut.Find(".live-error").TextContent.Trim()));
        Assert.Contains("12,345", TodayValues(cut));
    }

    [Fact]
    public async Task New_alerts_appear_on_top_of_the_feed_and_link_to_their_case()
    {
        Notifier.Recent = [new Alert(AlertKind.ComplaintFiled, Nanma, "complaint:370323001:K1", null, null, PageTest.Now.AddMinutes(-5), "投诉：旧的")];
        var cut = Context.Render<Home>();

        var red = new Alert(AlertKind.CardRed, Nanma, "case:370323001:C9", "RS-002", PageTest.Now.AddHours(-1), PageTest.Now, "红牌：办件 C9 已超期");
        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now, alerts: [red]));

        cut.WaitForAssertion(() =>
        {
            var items = cut.FindAll(".alert-feed .alert-item");
            Assert.Equal(2, items.Count);
            Assert.Contains("红牌：办件 C9 已超期", items[0].TextContent);
            Assert.Equal("cases/370323001/C9", items[0].QuerySelector("a.alert-link")!.GetAttribute("href"));
            Assert.Equal("towns/370323001", items[1].QuerySelector("a.alert-link")!.GetAttribute("href"));
        });
    }

    [Fact]
    public void Ranking_lists_halls_by_score_with_unranked_halls_as_dashes()
    {
        var cut = Context.Render<Home>();

        var rows = cut.FindAll(".hall-ranking tr.ranking-row");
        Assert.Equal("1", rows[0].QuerySelector(".rank")!.TextContent);
        Assert.Equal("73.4", rows[0].QuerySelector(".score")!.TextContent);
        Assert.Contains("80.0%", rows[0].TextContent);
        Assert.Equal("—", rows[1].QuerySelector(".rank")!.TextContent);
        Assert.Equal("—", rows[1].QuerySelector(".score")!.TextContent);
    }

    [Fact]
    public async Task Page_subscribes_to_the_whole_county_and_unsubscribes_when_disposed()
    {
        var cut = Context.Render<Home>();
        var subscription = Assert.Single(Notifier.Active);
        Assert.Null(subscription.Town);

        await Context.DisposeComponentsAsync();

        Assert.Empty(Notifier.Active);
        Assert.True(subscription.Disposed);
    }

    [Fact]
    public void Labels_are_chinese()
    {
        var cut = Context.Render<Home>();

        Assert.Equal("全县总览", cut.Find("h4").TextContent);
        foreach (var label in new[] { "各便民服务中心实时情况", "实时预警", "综合评分排名", "趋势", "当前等候", "最长当前等候", "服务中窗口" })
        {
            Assert.Contains(label, cut.Markup);
        }
    }
}
