using Supervision.Domain.Events;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>The real server and a real browser: pages render, and events posted to the API show up live.</summary>
public sealed class DashboardBrowserTests() : BrowserTest(new DashboardServer())
{
    private const string Nanma = "370323001";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);


    [ChromiumFact]
    public async Task Posted_events_change_the_hall_on_the_overview_and_the_big_screen_without_reload()
    {
        var key = await Server.CreateApiKeyAsync(Nanma);
        var page = await OpenAppAsync();
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var hall = page.Locator($"tr.hall-row[data-town='{Nanma}']");
        await Expect(hall.Locator(".waiting-now")).ToHaveTextAsync("0");
        await Expect(hall.Locator(".hall-link")).ToHaveAttributeAsync("href", $"towns/{Nanma}");
        await Expect(hall.Locator(".pilot-chip")).ToHaveTextAsync("试点");
        await ScreenshotAsync(page, "overview-before");

        var now = DateTimeOffset.UtcNow.ToOffset(China);
        await Server.PostEventsAsync(key, Tickets("e2e", now, count: 3).Append(Accepted("e2e-c1", "C-E2E-1", now)).ToList());

        await Expect(hall.Locator(".waiting-now")).ToHaveTextAsync("3", new() { Timeout = 2000 });
        await Expect(hall.Locator(".accepted-today")).ToHaveTextAsync("1", new() { Timeout = 2000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "页面不应重新加载");
        await ScreenshotAsync(page, "overview-after");

        await page.GotoAsync(new Uri(Server.BaseAddress, $"towns/{Nanma}").ToString());
        await Expect(page.Locator(".town-name")).ToHaveTextAsync("南麻街道便民服务中心");
        await Expect(page.Locator(".live-waiting .kpi-value")).ToHaveTextAsync("3");
        await ScreenshotAsync(page, "town-detail");

        await page.GotoAsync(new Uri(Server.BaseAddress, "towns/000000000").ToString());
        await Expect(page.Locator(".town-not-found")).ToContainTextAsync("未找到镇街代码");
        await ScreenshotAsync(page, "town-not-found");

        await page.GotoAsync(new Uri(Server.BaseAddress, "metrics").ToString());
        await Expect(page.Locator("#figure-itemcoverage")).ToContainTextAsync("一窗受理事项覆盖率");
        await ScreenshotAsync(page, "metrics");

        var screen = await OpenScreenAsync(page);
        var waiting = screen.Locator(".screen-county .tile-waiting .screen-tile-value");
        await Expect(waiting).ToHaveTextAsync("3");
        await Server.PostEventsAsync(key, Tickets("e2e-more", DateTimeOffset.UtcNow.ToOffset(China), count: 2).ToList());
        await Expect(waiting).ToHaveTextAsync("5", new() { Timeout = 2000 });
        await ScreenshotAsync(screen, "screen-county");
    }

    [ChromiumFact]
    public async Task Every_page_opens_without_errors_and_is_saved_as_a_screenshot()
    {
        var key = await Server.CreateApiKeyAsync(Nanma);
        await Server.PostEventsAsync(key, [Accepted("tour-c1", "C-TOUR-1", DateTimeOffset.UtcNow.ToOffset(China))]);
        var page = await DashboardTour.NewPageAsync(Browser);
        await DashboardTour.SignInAsync(page, Server.BaseAddress, "admin", DashboardServer.AdminPassword, screenshot: "tour-login");

        var stops = DashboardTour.Pages(Nanma, "370323001-S02").Append(new TourStop("case-detail", $"cases/{Nanma}/C-TOUR-1", "办件 C-TOUR-1", ""));
        foreach (var stop in stops)
        {
            await DashboardTour.OpenAsync(page, Server.BaseAddress, stop);
            await DashboardTour.ScreenshotAsync(page, "tour-" + stop.Name);
        }
        await OpenScreenAsync(page);
        await DashboardTour.ScreenshotAsync(page, "tour-screen");
        BrowserErrors.AssertNone(page);
        // The refusal page answers 403 by design, which the browser logs; it is the last stop, after the error check.
        await page.GotoAsync(new Uri(Server.BaseAddress, "account/denied").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
        await DashboardTour.ScreenshotAsync(page, "tour-denied");

        var saved = Directory.GetFiles(DashboardTour.ScreenshotFolder, "tour-*.png").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(stops.Select(s => "tour-" + s.Name).Append("tour-screen").Append("tour-login"), name => Assert.Contains(name, saved));
    }

    [ChromiumFact]
    public async Task Big_screen_reloads_itself_after_the_server_restarts()
    {
        var page = await OpenAppAsync();
        var screen = await OpenScreenAsync(page);
        var loads = 0;
        screen.Load += (_, _) => Interlocked.Increment(ref loads);

        await Server.StopAsync();
        await Expect(screen.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 15000 });
        await ScreenshotAsync(screen, "screen-reconnecting");
        await Server.StartAsync();

        // Blazor's own retries may still be waiting; after them the page polls /healthz every few seconds.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (Volatile.Read(ref loads) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        Assert.True(Volatile.Read(ref loads) > 0, "大屏在服务重启后没有自动刷新");
        await Expect(screen.Locator("header.screen-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(screen.Locator(".screen-title")).ToContainTextAsync("全县实时监管");
        await ScreenshotAsync(screen, "screen-after-restart");
    }

    /// <summary>
    /// Opens the county overview and waits until it is live (interactive). The one place where signing
    /// in goes once accounts exist: every test reaches the app through here.
    /// </summary>
    private async Task<IPage> OpenAppAsync()
    {
        var page = await DashboardTour.NewPageAsync(Browser);
        await DashboardTour.SignInAsync(page, Server.BaseAddress, "admin", DashboardServer.AdminPassword);
        return page;
    }

    private async Task<IPage> OpenScreenAsync(IPage page)
    {
        await page.GotoAsync(new Uri(Server.BaseAddress, "screen?rotate=600").ToString());
        await Expect(page.Locator("header.screen-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(page.Locator(".screen-title")).ToContainTextAsync("全县实时监管");
        return page;
    }

    private static Task ScreenshotAsync(IPage page, string name) => DashboardTour.ScreenshotAsync(page, name);

    private static IEnumerable<HallEvent> Tickets(string prefix, DateTimeOffset at, int count) =>
        Enumerable.Range(1, count).Select(i => (HallEvent)new TicketIssued
        {
            Id = $"{prefix}-t{i}", Town = Nanma, At = at.AddSeconds(-i), Ticket = $"{prefix}-A{i:000}", Category = "综合受理",
        });

    private static HallEvent Accepted(string id, string caseId, DateTimeOffset at) => new CaseAccepted
    {
        Id = id, Town = Nanma, At = at, Case = caseId, Item = "RS-002", Window = "370323001-01", Staff = "370323001-S02", Channel = CaseChannel.Onsite,
    };
}
