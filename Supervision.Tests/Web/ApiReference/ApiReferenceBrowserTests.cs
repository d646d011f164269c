using Microsoft.Playwright;
using Supervision.Tests.Web.Pages.Browser;
using Supervision.Web.Routing;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.ApiReference;

/// <summary>The reference page in a real browser under the site's CSP: it renders the document and nothing is blocked.</summary>
public sealed class ApiReferenceBrowserTests() : BrowserTest(new DashboardServer())
{
    [ChromiumFact]
    public async Task The_reference_page_shows_the_api_to_the_administrator_without_errors_or_blocked_scripts()
    {
        var page = await DashboardTour.NewPageAsync(Browser);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
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
        await DashboardTour.SignInAsync(page, Server.BaseAddress, "admin", DashboardServer.AdminPassword);

        await page.GotoAsync(new Uri(Server.BaseAddress, ApiRoutes.ApiReferencePage.TrimStart('/')).ToString());

        await Expect(page.GetByText("一窗受理监管平台 API").First).ToBeVisibleAsync(new() { Timeout = 60000 });
        await Expect(page.GetByText(ApiTags.Events).First).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(page.GetByText("上报事件").First).ToBeVisibleAsync(new() { Timeout = 30000 });
        Assert.Empty(problems);
    }
}
