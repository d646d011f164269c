using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>One page of the dashboard as a visitor reaches it, and what shows that it holds data.</summary>
/// <param name="Name">Screenshot file name.</param>
/// <param name="Path">Address relative to the site root.</param>
/// <param name="Title">Start of the page's Chinese title.</param>
/// <param name="Data">An element that only appears with data (table rows, board cards).</param>
public sealed record TourStop(string Name, string Path, string Title, string Data);

/// <summary>
/// Every page a signed-in county administrator can open, and the shared steps of the browser tests:
/// launching the system chromium, signing in, checking a page is alive and saving its screenshot.
/// </summary>
public static class DashboardTour
{
    public static IReadOnlyList<TourStop> Pages(string town, string staff) =>
    [
        new("overview", "", "全县总览", ".hall-live-grid tr.hall-row"),
        new("town-detail", $"towns/{town}", "", ".town-name"),
        new("items", "items", "事项", ".coverage-table tbody tr"),
        new("cases", "cases", "办件", ".cases-table a.case-link"),
        new("reviews", "reviews", "好差评", ".lifecycle-board .board-card"),
        new("complaints", "complaints", "一次办不好投诉", ".lifecycle-board .board-card"),
        new("staff", "staff", "人员绩效", ".staff-table a.staff-link"),
        new("staff-detail", $"staff/{Uri.EscapeDataString(staff)}", "人员绩效", ".staff-days tbody tr"),
        new("processing-times", "processing-times", "办理时效", ".processing-note"),
        new("pilot", "pilot", "试点进度", ".pilot-tasks"),
        new("data-quality", "data-quality", "数据质量", ".quality-counts tbody tr"),
        new("bulletins", "bulletins", "通报", "table tbody tr"),
        new("metrics", "metrics", "指标口径", "#figure-itemcoverage"),
        new("admin-users", "admin/users", "用户管理", "table tbody tr"),
        new("admin-apikeys", "admin/apikeys", "API 密钥", "table tbody tr"),
        new("admin-audit", "admin/audit", "审计日志", "table tbody tr"),
    ];

    public static string ScreenshotFolder
    {
        get
        {
            // TestResults/screenshots at the repository root (next to Supervision.sln), else beside the test binaries.
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Supervision.sln")))
            {
                dir = dir.Parent;
            }
            var folder = System.IO.Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.ExecutablePath,
            Args = SystemChromium.Arguments,
            Headless = true,
        });

    public static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        // Generous waits for loading and navigation (the machine may be busy); the live-update checks set their own 2 s limit.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        BrowserErrors.Watch(page);
        return page;
    }

    /// <summary>Signs in through the login form and waits until the county overview is live (interactive).</summary>
    public static async Task SignInAsync(IPage page, Uri site, string userName, string password, string? screenshot = null)
    {
        await page.GotoAsync(new Uri(site, "account/login").ToString());
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        if (screenshot is not null)
        {
            await ScreenshotAsync(page, screenshot);
        }
        await page.ClickAsync("button.account-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 30000 });
        await page.GotoAsync(site.ToString());
        await Expect(page.Locator(".overview-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30000 });
    }

    /// <summary>Signs in as the demo 镇街领导 of 南麻街道 and waits until their own town page (where they start) is shown.</summary>
    public static async Task SignInAsNanmaLeaderAsync(IPage page, Uri site)
    {
        var (userName, password, _, _) = Supervision.Web.Security.Accounts.AccountBootstrapper.DemoAccounts
            .Single(a => a.Role == Supervision.Web.Security.SupervisionRoles.TownLeader);
        await page.GotoAsync(new Uri(site, "account/login").ToString());
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button.account-submit");
        await page.WaitForURLAsync(url => url.EndsWith("/towns/370323001", StringComparison.Ordinal), new() { Timeout = 60000 });
        await Expect(page.Locator(".town-name")).ToHaveTextAsync("南麻街道便民服务中心", new() { Timeout = 60000 });
    }

    /// <summary>
    /// Opens a page and checks it rendered and came alive: its title, its circuit interactive, loading finished, no error
    /// boundary, no Blazor error bar, and no console or script error on this or any earlier page of <paramref name="page"/>.
    /// </summary>
    public static async Task OpenAsync(IPage page, Uri site, TourStop stop)
    {
        BrowserErrors.Watch(page);
        await page.GotoAsync(new Uri(site, stop.Path).ToString());
        if (stop.Title.Length > 0)
        {
            await Expect(page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(stop.Title)), new() { Timeout = 60000 });
        }
        // Before the circuit connects the page is only prerendered: errors of the interactive render are yet to come.
        await Expect(page.Locator(".app-content[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 60000 });
        await Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0, new() { Timeout = 60000 });
        await Expect(page.GetByText("页面出现错误，已记录日志")).ToHaveCountAsync(0);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        BrowserErrors.AssertNone(page);
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
}
