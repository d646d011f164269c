using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

public sealed class AccountAdministrationTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private static readonly AuditActor Admin = new("county-admin", "192.0.2.10");

    private UserAdministration Administration => app.Services.GetRequiredService<UserAdministration>();

    private IAuditLog Audit => app.Services.GetRequiredService<IAuditLog>();

    [Fact]
    public async Task A_created_user_gets_a_one_time_password_that_signs_in()
    {
        var password = await Administration.CreateAsync(Admin, new NewUser("new-inspector", "王督查", SupervisionRoles.Inspector, null));

        using var browser = await app.SignInAsync("new-inspector", password);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_town_leader_must_be_bound_to_a_town()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Administration.CreateAsync(Admin, new NewUser("leader-none", "", SupervisionRoles.TownLeader, null)));

        Assert.Equal("镇街领导必须绑定一个镇街。", error.Message);
    }

    [Fact]
    public async Task A_town_leader_cannot_be_bound_to_an_unknown_town()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Administration.CreateAsync(Admin, new NewUser("leader-x", "", SupervisionRoles.TownLeader, "999999999")));

        Assert.Equal("未知的镇街代码：999999999。", error.Message);
    }

    [Fact]
    public async Task Passwords_need_ten_characters_with_a_digit_and_a_letter()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Administration.CreateAsync(Admin, new NewUser("weak-user", "", SupervisionRoles.Inspector, null), "1234567890"));

        Assert.Equal("密码至少包含一个英文字母。", error.Message);
    }

    [Fact]
    public async Task Short_passwords_are_refused_in_chinese()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Administration.CreateAsync(Admin, new NewUser("short-user", "", SupervisionRoles.Inspector, null), "abc123"));

        Assert.Contains("密码至少 10 个字符。", error.Message);
    }

    [Fact]
    public async Task Creating_disabling_and_resetting_are_audited_with_actor_and_ip()
    {
        await Administration.CreateAsync(Admin, new NewUser("audited-user", "", SupervisionRoles.Screen, null));
        await Administration.SetDisabledAsync(Admin, "audited-user", disabled: true);
        await Administration.ResetPasswordAsync(Admin, "audited-user");

        var page = await Audit.SearchAsync(new AuditQuery(Actor: "county-admin"));
        var mine = page.Entries.Where(e => e.Target == "audited-user").OrderBy(e => e.Id).ToList();

        Assert.Equal([AuditActions.UserCreated, AuditActions.UserDisabled, AuditActions.UserPasswordReset], mine.Select(e => e.Action));
        Assert.All(mine, e => Assert.Equal("192.0.2.10", e.Ip));
        Assert.Contains("\"role\":\"Screen\"", mine[0].Details);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        var old = await Administration.CreateAsync(Admin, new NewUser("reset-user", "", SupervisionRoles.Inspector, null));

        var fresh = await Administration.ResetPasswordAsync(Admin, "reset-user");

        using var browser = app.CreateBrowser();
        using var refused = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "reset-user", old);
        using var accepted = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "reset-user", fresh);
        Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.Redirect), (refused.StatusCode, accepted.StatusCode));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_the_own_account()
    {
        await app.EnsureAccountsAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Administration.SetDisabledAsync(Admin, "county-admin", disabled: true));

        Assert.Equal("不能停用自己的账号。", error.Message);
    }

    [Fact]
    public async Task The_audit_log_searches_by_period_and_pages_newest_first()
    {
        var start = app.Clock.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await Audit.WriteAsync(new AuditActor("paging-user", null), AuditActions.Export, $"导出{i}");
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var second = await Audit.SearchAsync(new AuditQuery(Actor: "paging-user", From: start, To: start.AddMinutes(3), Page: 1, PageSize: 2));

        Assert.Equal((3, "导出0"), (second.Total, Assert.Single(second.Entries).Target));
    }

    [Fact]
    public async Task An_export_is_recorded_with_what_scope_and_period()
    {
        await Audit.RecordExportAsync(new AuditActor("inspector", "192.0.2.11"), "月度通报 Excel", "370323001", "2020-10");

        var entry = Assert.Single((await Audit.SearchAsync(new AuditQuery(Actor: "inspector", Action: AuditActions.Export))).Entries);

        Assert.Equal("{\"what\":\"月度通报 Excel\",\"scope\":\"370323001\",\"period\":\"2020-10\"}", entry.Details);
    }
}
