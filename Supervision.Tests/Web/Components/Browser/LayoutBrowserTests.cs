using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The layout on a 1366×768 laptop, a 1920×1080 screen and a 390×844 phone: tables keep names on one line
/// and scroll inside their card, no page is wider than the phone, the app bar stays one line (a short title
/// and a user menu), and every big-screen slide fits 1920×1080. One simulated day gives the lists their rows.
/// </summary>
public sealed class LayoutBrowserTests() : BrowserTest(new DashboardServer(simulator: true, new Dictionary<string, string?> { ["Simulator__BackfillDays"] = "1" }))
{
    private const string Nanma = "370323001";

    private async Task<IPage> SignedInPageAsync(int width, int height)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        // With the simulator on, the demo accounts exist; the county administrator sees every page.
        var (userName, password, _, _) = AccountBootstrapper.DemoAccounts.Single(a => a.Role == SupervisionRoles.CountyAdmin);
        await DashboardTour.SignInAsync(page, Server.BaseAddress, userName, password);
        return page;
    }

    private async Task OpenStaffAsync(IPage page)
    {
        await DashboardTour.OpenAsync(page, Server.BaseAddress, new TourStop("staff", "staff", "人员绩效", ".staff-table a.staff-link"));
        await Expect(page.Locator(".staff-table a.staff-link").First).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task The_staff_table_keeps_names_and_roles_on_one_line_at_laptop_and_phone_sizes()
    {
        foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
        {
            var page = await SignedInPageAsync(width, height);
            await OpenStaffAsync(page);

            // A one-line cell is no taller than a line and a half of its own text.
            var wrapped = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.staff-table tbody tr:nth-child(-n+20) td')]
                    .filter(td => td.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(td).lineHeight || '20') + 16)
                    .map(td => td.innerText)
                """);
            Assert.Empty(wrapped);
            var notRight = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.staff-table td.num')].map(td => getComputedStyle(td).textAlign).filter(a => a !== 'right')");
            Assert.True(notRight.Length == 0, "数字列应右对齐：" + string.Join(",", notRight.Distinct()));
            await DashboardTour.ScreenshotAsync(page, $"staff-{width}x{height}");
            await page.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task No_page_is_wider_than_a_phone_and_the_app_bar_is_one_line_high()
    {
        var page = await SignedInPageAsync(390, 844);
        var stops = DashboardTour.Pages(Nanma, $"{Nanma}-S01")
            .Where(s => s.Name is "overview" or "town-detail" or "items" or "cases" or "reviews" or "complaints" or "staff" or "staff-detail" or "metrics" or "admin-audit");
        var tooWide = new List<string>();
        foreach (var stop in stops)
        {
            await DashboardTour.OpenAsync(page, Server.BaseAddress, stop);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                tooWide.Add($"{stop.Path}: {widths[0]} > {widths[1]}");
                await DashboardTour.ScreenshotAsync(page, $"too-wide-{stop.Name}-390x844");
            }
            var appBar = await page.Locator(".mud-appbar").BoundingBoxAsync();
            Assert.True(appBar is { Height: <= 64 }, $"{stop.Path}: 顶栏高 {appBar?.Height} px，应为一行");
        }
        Assert.Empty(tooWide);

        await Expect(page.Locator(".app-title-short")).ToBeVisibleAsync();
        await Expect(page.Locator(".app-title-full")).ToBeHiddenAsync();
        await Expect(page.Locator(".logout-button")).ToBeHiddenAsync();
        await page.ClickAsync(".user-menu-toggle");
        await Expect(page.Locator(".logout-button")).ToBeVisibleAsync();
        var logout = await page.Locator(".logout-button").BoundingBoxAsync();
        Assert.True(logout is { Height: < 40 }, "退出登录应在一行内");
        await DashboardTour.ScreenshotAsync(page, "user-menu-390x844");
    }

    [ChromiumFact]
    public async Task Every_big_screen_slide_fits_1920_by_1080_with_the_badge_clear_of_the_title_and_hall_names_on_one_line()
    {
        var page = await SignedInPageAsync(1920, 1080);
        await page.GotoAsync(new Uri(Server.BaseAddress, "screen?rotate=5").ToString());
        await Expect(page.Locator("header.screen-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(page.Locator(".screen-simulated")).ToBeVisibleAsync();
        var slides = int.Parse((await page.Locator(".screen-slide-no").InnerTextAsync()).Split('/')[1].Trim(), CultureInfo.InvariantCulture);
        Assert.Equal(13, slides);

        // The slides rotate every 5 s; each is measured in one snapshot of the page, so a slide change cannot split a measurement.
        var seen = new Dictionary<int, ScreenSlideLayout>();
        for (var round = 0; seen.Count < slides && round < slides * 40; round++)
        {
            var layout = await page.EvaluateAsync<ScreenSlideLayout>(ScreenSlideLayout.Script);
            if (seen.TryAdd(layout.Slide, layout))
            {
                await DashboardTour.ScreenshotAsync(page, $"screen-1920x1080-slide-{layout.Slide:00}");
            }
            await page.WaitForTimeoutAsync(500);
        }

        Assert.Equal(Enumerable.Range(1, slides), seen.Keys.Order());
        Assert.All(seen.Values, s =>
        {
            Assert.True(s.ScrollHeight <= s.InnerHeight && s.ScrollWidth <= s.InnerWidth,
                $"第 {s.Slide} 屏超出 1920×1080：{s.ScrollWidth}×{s.ScrollHeight}");
            Assert.False(s.BadgeCoversTitle, $"第 {s.Slide} 屏的“模拟数据”标记压住了标题");
            Assert.True(s.TitleOneLine, $"第 {s.Slide} 屏的标题折行了");
            Assert.True(s.WrappedHallNames.Length == 0, $"第 {s.Slide} 屏的镇街名称折行：{string.Join("、", s.WrappedHallNames)}");
        });
        Assert.Equal(12, seen[1].HallNames);
    }

    [ChromiumFact]
    public async Task Main_tables_keep_names_and_roles_on_one_line_and_numbers_right_aligned_on_laptop_and_large_screens()
    {
        var tables = new (TourStop Stop, string Table)[]
        {
            (new("ranking", "", "全县总览", ".hall-ranking tbody tr"), ".hall-ranking"),
            (new("staff", "staff", "人员绩效", ".staff-table a.staff-link"), ".staff-table"),
            (new("cases", "cases", "办件", ".cases-table a.case-link"), ".cases-table"),
            (new("orders", "orders", "督办单", ".orders-table tbody tr"), ".orders-table"),
            (new("audit", "admin/audit", "审计日志", ".audit-table tbody tr"), ".audit-table"),
        };
        foreach (var (width, height) in new[] { (1366, 768), (1920, 1080) })
        {
            var page = await SignedInPageAsync(width, height);
            await RaiseOrderAsync(page);
            foreach (var (stop, table) in tables)
            {
                await DashboardTour.OpenAsync(page, Server.BaseAddress, stop);
                await Expect(page.Locator(stop.Data).First).ToBeVisibleAsync();
                var cells = await page.EvaluateAsync<TableCells>(TableCells.Script, table);
                Assert.True(cells.Rows > 0, $"{stop.Path}：{table} 没有数据行");
                Assert.True(cells.Wrapped.Length == 0, $"{width}×{height} {stop.Path}：这些单元格折行了：{string.Join(" | ", cells.Wrapped)}");
                Assert.True(cells.NumbersNotRight.Length == 0, $"{width}×{height} {stop.Path}：这些数字没有右对齐：{string.Join(" | ", cells.NumbersNotRight)}");
                await DashboardTour.ScreenshotAsync(page, $"table-{stop.Name}-{width}x{height}");
            }
            await page.CloseAsync();
        }
    }

    /// <summary>One order, so the orders table has a row (raised as the signed-in county administrator would, through the API).</summary>
    private static async Task RaiseOrderAsync(IPage page)
    {
        var status = await page.EvaluateAsync<int>("""
            async town => (await fetch('/api/v1/orders', {
                method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ town, problem: '窗口人员长时间离岗，群众等候超过 30 分钟无人受理。', requirement: '三个工作日内说明原因并整改', deadlineDays: 3 }),
            })).status
            """, Nanma);
        Assert.Equal(201, status);
    }
}
