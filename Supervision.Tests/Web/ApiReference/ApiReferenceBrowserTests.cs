using Supervision.Tests.Web.Components.Browser;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.ApiReference;

/// <summary>The reference page in a real browser under the site's CSP: it renders the document, no script is blocked or fails.</summary>
public sealed class ApiReferenceBrowserTests() : BrowserTest(new DashboardServer())
{
    [ChromiumFact]
    public async Task The_reference_page_shows_the_api_to_the_administrator_without_script_errors_or_csp_violations()
    {
        var page = await DashboardTour.NewPageAsync(Browser);
        await DashboardTour.SignInAsync(page, Server.BaseAddress, "admin", DashboardServer.AdminPassword);

        // From here on: anything the CSP blocks, and any script error, on the reference page.
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add(error);
            }
        };
        await page.GotoAsync(new Uri(Server.BaseAddress, ApiRoutes.ApiReferencePage.TrimStart('/')).ToString());

        await Expect(page.GetByText("一窗受理监管平台 API").First).ToBeVisibleAsync(new() { Timeout = 60000 });
        await Expect(page.GetByText(ApiTags.Events).First).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(page.GetByText("上报事件").First).ToBeVisibleAsync(new() { Timeout = 30000 });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
