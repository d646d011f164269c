using System.Diagnostics;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// A newcomer's first run: nothing configured but a fresh SQLite file, so the simulator is on. The
/// console prints a demo account; with it every page must show simulated data, marked “模拟数据”.
/// How long the first run takes to show live data (target 30 s) is written to the test output and
/// measured in Supervision.Benchmarks (docs/benchmarks.md): a timed assertion here would fail on a busy machine.
/// </summary>
public sealed partial class NewcomerBrowserTests(ITestOutputHelper output) : BrowserTest(new DashboardServer(simulator: true))
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private Stopwatch _started = new();

    [ChromiumFact]
    public async Task A_first_run_shows_every_page_with_simulated_data_for_the_demo_account_printed_on_the_console()
    {
        var (user, password) = await DemoAdminAsync();
        var page = await DashboardTour.NewPageAsync(Browser);
        await DashboardTour.SignInAsync(page, Server.BaseAddress, user, password);
        await Expect(page.Locator(".simulated-data-chip")).ToBeVisibleAsync();
        // The simulator writes its 28 days of history first (the live feed starts after it), so the first
        // figures to appear are the ranking's; the list pages below wait for the history to reach this month.
        await Expect(page.Locator(".hall-ranking tbody tr").First).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        output.WriteLine($"首次启动到总览显示数据：{_started.Elapsed.TotalSeconds:N1} 秒（目标 30 秒）");

        var stops = DashboardTour.Pages("370323001", "370323001-S02").Where(s => !s.Path.StartsWith("admin/apikeys", StringComparison.Ordinal));
        foreach (var stop in stops)
        {
            await OpenWithDataAsync(page, stop);
            await DashboardTour.ScreenshotAsync(page, "newcomer-" + stop.Name);
        }

        await page.GotoAsync(new Uri(Server.BaseAddress, "screen?rotate=600").ToString());
        await Expect(page.Locator("header.screen-header[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 60000 });
        await Expect(page.Locator(".screen-simulated")).ToHaveTextAsync("模拟数据");
        await DashboardTour.ScreenshotAsync(page, "newcomer-screen");
    }

    protected override void OnStarting() => _started = Stopwatch.StartNew();

    /// <summary>
    /// Opens <paramref name="stop"/> until it shows data. List pages do not refresh by themselves, and the
    /// simulator's history may still be reaching this month on a slow machine: a visitor would reload.
    /// </summary>
    private async Task OpenWithDataAsync(IPage page, TourStop stop)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await DashboardTour.OpenAsync(page, Server.BaseAddress, stop);
            if (stop.Name == "bulletins")
            {
                // A fresh database has no issued bulletin yet: last week's preview is what shows its data.
                await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
            }
            try
            {
                await Expect(page.Locator(stop.Data).First).ToBeVisibleAsync(new() { Timeout = 15000 });
                return;
            }
            catch (PlaywrightException) when (waited.Elapsed < Patience)
            {
            }
        }
    }

    /// <summary>The county-admin demo line of the start-up banner, e.g. “县局管理员：demo-admin / demo-admin-2020”.</summary>
    private async Task<(string User, string Password)> DemoAdminAsync()
    {
        // The banner is printed once Kestrel listens; the console pipe may deliver it a moment after /healthz answers.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Server.Output.Select(line => DemoLine().Match(line)).FirstOrDefault(m => m.Success) is { } match)
            {
                return (match.Groups["user"].Value, match.Groups["password"].Value);
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("控制台没有打印演示账号：\n" + string.Join('\n', Server.Output));
    }

    [GeneratedRegex(@"(?<user>demo-admin)\s*/\s*(?<password>\S+)")]
    private static partial Regex DemoLine();
}
