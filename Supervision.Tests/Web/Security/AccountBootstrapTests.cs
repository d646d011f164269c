using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Tests.Support.Web;
using Supervision.Web.Queries.Accounts;

namespace Supervision.Tests.Web.Security;

public sealed class AccountBootstrapTests
{
    private sealed class FirstRun(params (string Key, string Value)[] settings) : SupervisionWebApplicationFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
            base.Settings().Concat(settings.Select(s => new KeyValuePair<string, string>(s.Key, s.Value)));

        public IReadOnlyList<string> BannerLines() =>
            Services.GetServices<IStartupBannerLines>().SelectMany(l => l.GetLines()).ToList();

        public Task<IReadOnlyList<UserSummary>> UsersAsync() => Services.GetRequiredService<UserAdministration>().ListAsync();
    }

    [Fact]
    public async Task First_run_without_a_configured_password_prints_a_generated_one_once()
    {
        await using var app = new FirstRun(("Simulator:Enabled", "false"));
        await app.InitializeAsync();

        var line = Assert.Single(app.BannerLines(), l => l.StartsWith("管理员账号：admin 初始密码：", StringComparison.Ordinal));
        var password = line["管理员账号：admin 初始密码：".Length..].Replace("（仅显示一次）", "");

        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "admin", password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_admin_password_is_used_and_never_printed()
    {
        await using var app = new FirstRun(("Simulator:Enabled", "false"), ("Bootstrap:AdminPassword", "Configured-2020-pass"));
        await app.InitializeAsync();

        Assert.DoesNotContain(app.BannerLines(), l => l.Contains("Configured-2020-pass"));
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "admin", "Configured-2020-pass");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Demo_mode_creates_one_account_per_role_and_prints_them()
    {
        await using var app = new FirstRun(("Demo:Enabled", "true"), ("Bootstrap:AdminPassword", "Configured-2020-pass"));
        await app.InitializeAsync();

        var users = await app.UsersAsync();

        Assert.Equal(
            [SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.TownLeader, SupervisionRoles.Screen],
            AccountBootstrapper.DemoAccounts.Select(d => users.Single(u => u.UserName == d.UserName).Role));
        Assert.Contains("  镇街领导（南麻街道）：demo-town / demo-town-2020", app.BannerLines());
    }

    [Fact]
    public async Task Without_demo_mode_no_demo_account_exists_even_with_the_simulator_on()
    {
        await using var app = new FirstRun(("Simulator:Enabled", "true"));
        await app.InitializeAsync();

        Assert.Equal(["admin"], (await app.UsersAsync()).Select(u => u.UserName));
    }

    [Fact]
    public async Task Demo_accounts_present_while_demo_mode_is_off_are_disabled_and_the_console_says_so_in_chinese()
    {
        await using var app = new FirstRun(("Simulator:Enabled", "true"), ("Bootstrap:AdminPassword", "Configured-2020-pass"));
        await app.InitializeAsync();
        // As an earlier build's command-line run left them: enabled, with their public passwords.
        var administration = app.Services.GetRequiredService<UserAdministration>();
        foreach (var (userName, password, role, displayName) in AccountBootstrapper.DemoAccounts)
        {
            await administration.CreateAsync(AuditActor.System,
                new NewUser(userName, displayName, role, role == SupervisionRoles.TownLeader ? AccountBootstrapper.PreferredDemoTown : null), password);
        }

        await app.Services.GetRequiredService<AccountBootstrapper>().InitialiseAsync();

        var users = await app.UsersAsync();
        Assert.All(AccountBootstrapper.DemoAccounts, d => Assert.True(users.Single(u => u.UserName == d.UserName).IsDisabled, d.UserName));
        Assert.Equal(
            "演示模式未开启（Demo:Enabled 不为 true），已停用数据库中密码公开的演示账号：demo-admin、demo-inspector、demo-town、demo-screen。" +
            "如确需演示，请设置 Demo:Enabled=true 后重新启动。",
            app.BannerLines()[^1]);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "demo-admin", "demo-admin-2020");
        Assert.NotEqual(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Demo_mode_enables_demo_accounts_an_earlier_start_without_it_disabled()
    {
        await using var app = new FirstRun(("Demo:Enabled", "true"), ("Bootstrap:AdminPassword", "Configured-2020-pass"));
        await app.InitializeAsync();
        await app.Services.GetRequiredService<UserAdministration>().SetDisabledAsync(AuditActor.System, "demo-screen", disabled: true);

        await app.Services.GetRequiredService<AccountBootstrapper>().InitialiseAsync();

        Assert.False((await app.UsersAsync()).Single(u => u.UserName == "demo-screen").IsDisabled);
    }

    [Fact]
    public void Generated_passwords_meet_the_password_rules()
    {
        var password = PasswordGenerator.Generate();

        Assert.Equal(16, password.Length);
        Assert.Contains(password, char.IsAsciiDigit);
        Assert.Contains(password, char.IsAsciiLetter);
    }
}
