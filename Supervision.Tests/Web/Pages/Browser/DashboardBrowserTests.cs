using Microsoft.Playwright;
using Supervision.Domain.Events;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Pages.Browser;

/// <summary>The real server and a real browser: pages render, and events posted to the API show up live.</summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private const string Nanma = "370323001";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly DashboardServer server = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    private static string ScreenshotFolder
    {
        get
        {
            // TestResults/screenshots at the repository root (next to Supervision.sln), else beside the test binaries.
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Supervision.sln")))
            {
                dir = dir.Parent;
            }
            var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    [ChromiumFact]
    public async Task Posted_events_change_the_hall_on_the_overview_and_the_big_screen_without_reload()
    {
        var key = await server.CreateApiKeyAsync(Nanma);
        var page = await OpenAppAsync();
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var hall = page.Locator($"tr.hall-row[data-town='{Nanma}']");
        await Expect(hall.Locator(".waiting-now")).ToHaveTextAsync("0");
        await Expect(hall.Locator(".hall-link")).ToHaveAttributeAsync("href", $"towns/{Nanma}");
        await Expect(hall.Locator(".pilot-chip")).ToHaveTextAsync("试点");
        await ScreenshotAsync(page, "overview-before");

        var now = DateTimeOffset.UtcNow.ToOffset(China);
        await server.PostEventsAsync(key, Tickets("e2e", now, count: 3).Append(Accepted("e2e-c1", "C-E2E-1", now)).ToList());

        await Expect(hall.Locator(".waiting-now")).ToHaveTextAsync("3", new() { Timeout = 2000 });
        await Expect(hall.Locator(".accepted-today")).ToHaveTextAsync("1", new() { Timeout = 2000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "页面不应重新加载");
        await ScreenshotAsync(page, "overview-after");

        await page.GotoAsync(new Uri(server.BaseAddress, $"towns/{Nanma}").ToString());
        await Expect(page.Locator(".town-name")).ToHaveTextAsync("南麻街道便民服务中心");
        await Expect(page.Locator(".live-waiting .kpi-value")).ToHaveTextAsync("3");
        await ScreenshotAsync(page, "town-detail");

        await page.GotoAsync(new Uri(server.BaseAddress, "towns/000000000").ToString());
        await Expect(page.Locator(".town-not-found")).ToContainTextAsync("未找到镇街代码");
        await ScreenshotAsync(page, "town-not-found");

        await page.GotoAsync(new Uri(server.BaseAddress, "metrics").ToString());
        await Expect(page.Locator("#figure-itemcoverage")).ToContainTextAsync("一窗受理事项覆盖率");
        await ScreenshotAsync(page, "metrics");

        var screen = await OpenScreenAsync(page);
        var waiting = screen.Locator(".screen-county .tile-waiting .screen-tile-value");
        await Expect(waiting).ToHaveTextAsync("3");
        await server.PostEventsAsync(key, Tickets("e2e-more", DateTimeOffset.UtcNow.ToOffset(China), count: 2).ToList());
        await Expect(waiting).ToHaveTextAsync("5", new() { Timeout = 2000 });
        await ScreenshotAsync(screen, "screen-county");
    }

    [ChromiumFact]
    public async Task Big_screen_reloads_itself_after_the_server_restarts()
    {
        var page = await OpenAppAsync();
        var screen = await OpenScreenAsync(page);
        var loads = 0;
        screen.Load += (_, _) => Interlocked.Increment(ref loads);

        await server.StopAsync();
        await Expect(screen.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 15000 });
        await ScreenshotAsync(screen, "screen-reconnecting");
        await server.StartAsync();

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

    public async Task InitializeAsync()
    {
        SystemChromium.EnsurePresent();
        await server.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.ExecutablePath,
            Args = SystemChromium.Arguments,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        await server.DisposeAsync();
    }

    /// <summary>
    /// Opens the county overview and waits until it is live (interactive). The one place where signing
    /// in goes once accounts exist: every test reaches the app through here.
    /// </summary>
    private async Task<IPage> OpenAppAsync()
    {
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        await page.GotoAsync(new Uri(server.BaseAddress, "account/login").ToString());
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", DashboardServer.AdminPassword);
        await page.ClickAsync("button.account-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 30000 });
        await page.GotoAsync(server.BaseAddress.ToString());
        await Expect(page.Locator(".overview-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30000 });
        return page;
    }

    private async Task<IPage> OpenScreenAsync(IPage page)
    {
        await page.GotoAsync(new Uri(server.BaseAddress, "screen?rotate=600").ToString());
        await Expect(page.Locator("header.screen-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(page.Locator(".screen-title")).ToContainTextAsync("全县实时监管");
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

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
