using Microsoft.Playwright;
using Supervision.Web.Security;
using Supervision.Web.Security.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The layout on a 1366×768 laptop and a 390×844 phone: tables keep names on one line and scroll inside
/// their card, no page is wider than the phone, and the app bar stays one line (a short title and a user menu).
/// One simulated day gives the lists their rows.
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
}
