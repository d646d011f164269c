using Microsoft.Playwright;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>A dashboard process and the system chromium, started before each test and stopped after it.</summary>
public abstract class BrowserTest(DashboardServer server) : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    protected DashboardServer Server => server;

    protected IBrowser Browser => browser ?? throw new InvalidOperationException("浏览器尚未启动。");

    /// <summary>Runs just before the server starts (a first-run test starts its clock here).</summary>
    protected virtual void OnStarting()
    {
    }

    public async Task InitializeAsync()
    {
        SystemChromium.EnsurePresent();
        OnStarting();
        await server.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await DashboardTour.LaunchAsync(playwright);
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
}
