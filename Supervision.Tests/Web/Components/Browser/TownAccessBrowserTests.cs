using Supervision.Domain.Events;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// A signed-in 镇街领导 inside its circuit: addresses typed into the browser are checked by the server, but
/// links and <c>Blazor.navigateTo</c> never reach it, so the router must check the town itself. The demo
/// accounts (simulator on, one day of history) give a TownLeader of 南麻街道. The page also connects under
/// the CSP's <c>connect-src 'self'</c> and signs out through its own form.
/// </summary>
public sealed class TownAccessBrowserTests() : BrowserTest(new DashboardServer(simulator: true, new Dictionary<string, string?> { ["Simulator__BackfillDays"] = "1" }))
{
    private const string Nanma = "370323001";
    private const string Lishan = "370323002";
    private const string LishanCase = "C-LISHAN-1";
    private const string LishanStaffName = "郑文静";

    [ChromiumFact]
    public async Task A_town_leader_cannot_reach_another_town_by_in_app_navigation()
    {
        var key = await Server.CreateApiKeyAsync(Lishan);
        await Server.PostEventsAsync(key, [LishanCaseAccepted()]);
        var page = await DashboardTour.NewPageAsync(Browser);
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (cspViolations)
                {
                    cspViolations.Add(message.Text);
                }
            }
        };
        await SignInAsTownLeaderAsync(page);
        // Until the circuit is up, Blazor.navigateTo loads pages over HTTP, which the server checks anyway.
        await Expect(page.Locator(".app-content[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 60000 });
        foreach (var path in new[] { $"towns/{Lishan}", $"cases/{Lishan}/{LishanCase}", $"metrics?town={Lishan}", $"metrics?scope=town:{Lishan}" })
        {
            await page.EvaluateAsync("path => Blazor.navigateTo(path)", "/" + path);

            // Refused by the router in the circuit, or, when the circuit reconnects under load and the page is loaded
            // over HTTP, by the server's own check (/account/denied): either way nothing of the other town is shown.
            var target = Regex.Escape(new Uri(Server.BaseAddress, path).ToString());
            await Expect(page).ToHaveURLAsync(new Regex($"^({target}|.*/account/denied.*)$"), new() { Timeout = 30000 });
            await Expect(page.GetByText(new Regex("当前账号无权访问(此页面|该页面)"))).ToBeVisibleAsync(new() { Timeout = 30000 });
            var shown = await page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain("历山街道", shown);
            Assert.DoesNotContain(LishanStaffName, shown);
            Assert.DoesNotContain(LishanCase, shown);
        }

        await page.EvaluateAsync("path => Blazor.navigateTo(path)", $"/towns/{Nanma}");
        await Expect(page.Locator(".town-name")).ToHaveTextAsync("南麻街道便民服务中心", new() { Timeout = 30000 });
        Assert.Empty(cspViolations);

        // The site's own form posts (Origin and Sec-Fetch-Site of this site) pass the cross-origin check.
        await page.ClickAsync("button.logout-button");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 30000 });
    }

    private Task SignInAsTownLeaderAsync(IPage page) => DashboardTour.SignInAsNanmaLeaderAsync(page, Server.BaseAddress);

    /// <summary>Before the simulated clock's start (2020-10-12): the server refuses events from its future.</summary>
    private static HallEvent LishanCaseAccepted() => new CaseAccepted
    {
        Id = "lishan-c1", Town = Lishan, At = new DateTimeOffset(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)), Case = LishanCase, Item = "RS-002",
        Window = $"{Lishan}-01", Staff = $"{Lishan}-S02", Channel = CaseChannel.Onsite,
    };
}
