namespace Supervision.Tests.Web.Components.Browser;

/// <summary>A dashboard process and the system chromium, started before each test and stopped after it.</summary>
public abstract class BrowserTest(DashboardServer server) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected DashboardServer Server => server;

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("浏览器尚未启动。");

    /// <summary>Runs just before the server starts (a first-run test starts its clock here).</summary>
    protected virtual void OnStarting()
    {
    }

    public async Task InitializeAsync()
    {
        SystemChromium.EnsurePresent();
        OnStarting();
        await server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await DashboardTour.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await server.DisposeAsync();
    }
}
