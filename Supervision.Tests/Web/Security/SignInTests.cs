using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>Each test gets its own app: lockout, disabling and the clock change account state.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private readonly SupervisionWebApplicationFactory.WithAccounts _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAccountsAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Correct_password_signs_in_and_returns_to_the_requested_page()
    {
        using var browser = _app.CreateBrowser();

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", SupervisionWebApplicationFactory.Password, "/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_replaced_by_the_home_page()
    {
        using var browser = _app.CreateBrowser();

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", SupervisionWebApplicationFactory.Password, "//evil.example/");

        Assert.Equal("/", response.Headers.Location!.AbsolutePath);
        Assert.Equal("localhost", response.Headers.Location.Host);
    }

    [Theory]
    [InlineData("leader-nanma", "/towns/" + SupervisionWebApplicationFactory.Nanma)]
    [InlineData("screen", "/screen")]
    [InlineData("inspector", "/")]
    public async Task Without_a_return_address_each_role_lands_on_a_page_it_may_open(string userName, string landing)
    {
        using var browser = _app.CreateBrowser();

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, userName, SupervisionWebApplicationFactory.Password, "/");

        Assert.Equal(landing, response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Wrong_password_shows_a_chinese_error_and_does_not_sign_in()
    {
        using var browser = _app.CreateBrowser();

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", "wrong-password-1");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误。", page);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused()
    {
        using var browser = _app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", $"wrong-password-{i}");
        }

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", SupervisionWebApplicationFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号已在本浏览器上锁定 15 分钟", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Failed_and_locked_out_sign_ins_are_audited_with_the_attempted_user()
    {
        using var browser = _app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", $"wrong-password-{i}");
        }

        var audit = _app.Services.GetRequiredService<IAuditLog>();
        var failed = await audit.SearchAsync(new AuditQuery(Actor: "inspector", Action: AuditActions.SignInFailed));
        var locked = await audit.SearchAsync(new AuditQuery(Actor: "inspector", Action: AuditActions.SignInLockedOut));

        Assert.Equal((4, 1), (failed.Total, locked.Total));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        await _app.Services.GetRequiredService<Supervision.Web.Security.Accounts.UserAdministration>()
            .SetDisabledAsync(new AuditActor("county-admin", null), "inspector", disabled: true);
        using var browser = _app.CreateBrowser();

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", SupervisionWebApplicationFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该账号已停用", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Disabling_a_user_ends_the_session_at_the_next_security_stamp_check()
    {
        using var browser = await _app.SignInAsync("inspector");
        await _app.Services.GetRequiredService<Supervision.Web.Security.Accounts.UserAdministration>()
            .SetDisabledAsync(new AuditActor("county-admin", null), "inspector", disabled: true);

        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        using var response = await browser.GetAsync("/");

        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_session_expires_after_eight_idle_hours()
    {
        using var browser = await _app.SignInAsync("inspector");

        _app.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        using var response = await browser.GetAsync("/");

        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_session_in_use_slides_past_eight_hours()
    {
        using var browser = await _app.SignInAsync("inspector");
        for (var i = 0; i < 4; i++)
        {
            _app.Clock.Advance(TimeSpan.FromHours(5));
            using var step = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        }
    }

    [Fact]
    public async Task The_big_screen_session_survives_three_idle_weeks()
    {
        using var browser = await _app.SignInAsync("screen");

        _app.Clock.Advance(TimeSpan.FromDays(21));
        using var response = await browser.GetAsync("/screen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_big_screen_session_expires_after_thirty_idle_days()
    {
        using var browser = await _app.SignInAsync("screen");

        _app.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromHours(1));
        using var response = await browser.GetAsync("/screen");

        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token()
    {
        using var browser = await _app.SignInAsync("inspector");

        using var response = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_with_the_form_token_ends_the_session()
    {
        using var browser = await _app.SignInAsync("inspector");
        var home = await browser.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var logout = await browser.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await browser.GetAsync("/");

        Assert.Equal(("/account/login", "/account/login"), (logout.Headers.Location?.OriginalString, after.Headers.Location?.AbsolutePath));
    }
}
