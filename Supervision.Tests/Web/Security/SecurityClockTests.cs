using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>
/// The app runs on the simulator's 2020 clock (<see cref="SupervisionWebApplicationFactory.AppClock"/>) while the
/// security clock (<see cref="SupervisionWebApplicationFactory.WithAccounts.Clock"/>) stands for the real one: cookies, audit
/// entries and API keys must follow the latter.
/// </summary>
public sealed class SecurityClockTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Simulated = new(2020, 10, 12, 8, 30, 0, TimeSpan.FromHours(8));

    private readonly SupervisionWebApplicationFactory.WithAccounts _app = new() { AppClock = new FakeTimeProvider(Simulated) };

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAccountsAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_screen_accounts_persistent_cookie_expires_by_the_real_clock()
    {
        using var browser = _app.CreateBrowser();
        using var signIn = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "screen", SupervisionWebApplicationFactory.Password);

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), h => h.StartsWith("supervision.auth=", StringComparison.Ordinal));
        var expires = cookie.Split(';', StringSplitOptions.TrimEntries).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        var real = _app.Clock.GetUtcNow().AddDays(30);
        Assert.Equal(
            real.AddTicks(-(real.Ticks % TimeSpan.TicksPerSecond)),
            DateTimeOffset.ParseExact(expires["expires=".Length..], "r", CultureInfo.InvariantCulture));

        // The browser keeps the cookie, so the big screen opens instead of looping back to the login page.
        using var screen = await browser.GetAsync("/screen");
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
    }

    [Fact]
    public async Task The_known_device_cookie_expires_by_the_real_clock()
    {
        using var browser = _app.CreateBrowser();
        using var signIn = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "county-admin", SupervisionWebApplicationFactory.Password);

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), h => h.StartsWith("supervision.device=", StringComparison.Ordinal));
        var expires = cookie.Split(';', StringSplitOptions.TrimEntries).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        var real = _app.Clock.GetUtcNow().AddDays(new SecurityOptions().KnownDeviceDays);
        Assert.Equal(
            real.AddTicks(-(real.Ticks % TimeSpan.TicksPerSecond)),
            DateTimeOffset.ParseExact(expires["expires=".Length..], "r", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Audit_entries_and_api_keys_are_stamped_by_the_real_clock_while_the_app_runs_on_simulated_time()
    {
        using var signedIn = await _app.SignInAsync("county-admin");
        using var reader = _app.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", await _app.KeySecretAsync(TestApiKeys.ReadCounty));
        using var read = await reader.GetAsync("/api/v1/towns");

        var audit = await _app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(PageSize: 500));
        await using var db = _app.Database.CreateContext();
        var key = await db.Set<ApiKey>().SingleAsync(k => k.Name == TestApiKeys.ReadCounty);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains(audit.Entries, e => e.Action == AuditActions.SignIn);
        Assert.All(audit.Entries, e => Assert.Equal(_app.Clock.GetUtcNow(), e.At));
        Assert.Equal(_app.Clock.GetUtcNow(), key.CreatedAt);
        Assert.Equal(_app.Clock.GetUtcNow(), key.LastUsedAt);
    }
}
