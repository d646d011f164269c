using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>Lockout that a stranger cannot turn against the account's own user, and sign-in timing that does not reveal user names.</summary>
public sealed class SignInLockoutTests : IAsyncLifetime
{
    private readonly Factory _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAccountsAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The app with a password hasher that counts its verifications.</summary>
    private sealed class Factory : SupervisionWebApplicationFactory.WithAccounts
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IPasswordHasher<SupervisionUser>>();
                services.AddSingleton<IPasswordHasher<SupervisionUser>>(Hasher);
            });
        }
    }

    private sealed class CountingHasher : IPasswordHasher<SupervisionUser>
    {
        private readonly PasswordHasher<SupervisionUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(SupervisionUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(SupervisionUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private static async Task<HttpResponseMessage> FailFiveTimesAsync(HttpClient browser, string userName)
    {
        for (var i = 0; i < 4; i++)
        {
            using var _ = await SupervisionWebApplicationFactory.PostLoginAsync(browser, userName, $"wrong-password-{i}");
        }
        return await SupervisionWebApplicationFactory.PostLoginAsync(browser, userName, "wrong-password-4");
    }

    [Fact]
    public async Task An_attacker_cannot_keep_an_account_locked_out_indefinitely()
    {
        using var owner = await _app.SignInAsync("inspector");
        using var attacker = _app.CreateBrowser();

        // An hour of an attacker locking the account again every time the lock would end.
        for (var round = 0; round < 5; round++)
        {
            using var locked = await FailFiveTimesAsync(attacker, "inspector");
            using var stranger = await SupervisionWebApplicationFactory.PostLoginAsync(attacker, "inspector", SupervisionWebApplicationFactory.Password);
            using var own = await SupervisionWebApplicationFactory.PostLoginAsync(owner, "inspector", SupervisionWebApplicationFactory.Password);

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (stranger.StatusCode, own.StatusCode));
            Assert.Contains("账号已在本浏览器上锁定 15 分钟", WebUtility.HtmlDecode(await stranger.Content.ReadAsStringAsync()));
            _app.Clock.Advance(TimeSpan.FromMinutes(14));
        }
    }

    [Fact]
    public async Task A_known_device_that_sends_five_wrong_passwords_is_held_by_the_lockout_again()
    {
        using var owner = await _app.SignInAsync("inspector");
        using var attacker = _app.CreateBrowser();
        using var _ = await FailFiveTimesAsync(attacker, "inspector");

        using var fifth = await FailFiveTimesAsync(owner, "inspector");
        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(owner, "inspector", SupervisionWebApplicationFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号已在本浏览器上锁定 15 分钟", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Sign_in_does_the_same_work_for_unknown_and_known_user_names()
    {
        using var browser = _app.CreateBrowser();

        var before = _app.Hasher.Verifications;
        using var known = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "inspector", "wrong-password-1");
        var forKnown = _app.Hasher.Verifications - before;
        using var unknown = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "no-such-user", "wrong-password-1");
        var forUnknown = _app.Hasher.Verifications - before - forKnown;

        Assert.Equal((1, 1), (forKnown, forUnknown));
        Assert.Equal(
            WebUtility.HtmlDecode(await known.Content.ReadAsStringAsync()).Contains("用户名或密码错误。", StringComparison.Ordinal),
            WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).Contains("用户名或密码错误。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_locked_account_still_costs_one_password_verification()
    {
        using var attacker = _app.CreateBrowser();
        using var _ = await FailFiveTimesAsync(attacker, "inspector");

        var before = _app.Hasher.Verifications;
        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(attacker, "inspector", "wrong-password-9");

        Assert.Equal(1, _app.Hasher.Verifications - before);
    }
}
