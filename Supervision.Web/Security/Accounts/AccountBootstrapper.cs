using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security.Accounts;

/// <summary>
/// First-run accounts: the four roles; an <c>admin</c> CountyAdmin when no administrator exists
/// (password from <c>Bootstrap:AdminPassword</c>, else generated and shown once in the start-up
/// banner); and in demo mode (<see cref="DemoOptions"/>) one demo account per role with a known password.
/// Outside demo mode, demo accounts found in the database are disabled and the console says so: their
/// passwords are public. Command-line runs do not call this (see <c>Program.cs</c>).
/// </summary>
internal sealed class AccountBootstrapper(
    IServiceScopeFactory scopes,
    UserAdministration administration,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DemoOptions> demo,
    AccountBannerLines banner,
    ILogger<AccountBootstrapper> logger)
{
    public const string AdminUserName = "admin";
    public const string PreferredDemoTown = "370323001";

    /// <summary>Demo accounts: known passwords on purpose, usable only while demo mode is on.</summary>
    public static IReadOnlyList<(string UserName, string Password, string Role, string DisplayName)> DemoAccounts { get; } =
    [
        ("demo-admin", "demo-admin-2020", SupervisionRoles.CountyAdmin, "演示·县局管理员"),
        ("demo-inspector", "demo-inspector-2020", SupervisionRoles.Inspector, "演示·督查员"),
        ("demo-town", "demo-town-2020", SupervisionRoles.TownLeader, "演示·镇街领导"),
        ("demo-screen", "demo-screen-2020", SupervisionRoles.Screen, "演示·大屏"),
    ];

    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in SupervisionRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        if ((await users.GetUsersInRoleAsync(SupervisionRoles.CountyAdmin)).Count == 0)
        {
            await CreateAdminAsync(users, cancellationToken);
        }

        if (demo.Value.Enabled)
        {
            await CreateDemoAccountsAsync(users, scope.ServiceProvider.GetRequiredService<SupervisionDbContext>(), cancellationToken);
        }
        else
        {
            await DisableDemoAccountsAsync(users, cancellationToken);
        }
    }

    private async Task CreateAdminAsync(UserManager<SupervisionUser> users, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(AdminUserName) is not null)
        {
            throw new InvalidOperationException(
                $"没有县局管理员，但用户名 {AdminUserName} 已被其他角色占用，无法自动创建管理员。请检查 AspNetUsers 表。");
        }

        var configured = bootstrap.Value.AdminPassword;
        var password = await administration.CreateAsync(AuditActor.System,
            new NewUser(AdminUserName, "县局管理员", SupervisionRoles.CountyAdmin, null),
            string.IsNullOrWhiteSpace(configured) ? null : configured, cancellationToken);

        if (string.IsNullOrWhiteSpace(configured))
        {
            banner.Add($"管理员账号：{AdminUserName} 初始密码：{password}（仅显示一次）");
        }
        else
        {
            banner.Add($"管理员账号：{AdminUserName}（密码为配置项 Bootstrap:AdminPassword 的值）");
        }
        logger.LogInformation("已创建初始管理员账号 {UserName}。", AdminUserName);
    }

    private async Task CreateDemoAccountsAsync(UserManager<SupervisionUser> users, SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var town = await db.Towns.AsNoTracking().OrderBy(t => t.Code != PreferredDemoTown).ThenBy(t => t.Code)
            .Select(t => new { t.Code, t.Name }).FirstOrDefaultAsync(cancellationToken);
        var lines = new List<string>();
        foreach (var (userName, password, role, displayName) in DemoAccounts)
        {
            if (role == SupervisionRoles.TownLeader && town is null)
            {
                continue;
            }
            var existing = await users.FindByNameAsync(userName);
            if (existing is null)
            {
                await administration.CreateAsync(AuditActor.System,
                    new NewUser(userName, displayName, role, role == SupervisionRoles.TownLeader ? town!.Code : null), password, cancellationToken);
            }
            else if (existing.IsDisabled)
            {
                // Disabled by a start without demo mode; the banner below promises these accounts work.
                await administration.SetDisabledAsync(AuditActor.System, userName, disabled: false, cancellationToken);
            }
            var suffix = role == SupervisionRoles.TownLeader ? $"（{town!.Name}）" : "";
            lines.Add($"  {SupervisionRoles.ChineseName(role)}{suffix}：{userName} / {password}");
        }
        banner.Add($"演示账号（演示模式 {DemoOptions.Setting}=true，密码公开，勿用于正式环境）：");
        foreach (var line in lines)
        {
            banner.Add(line);
        }
    }

    private async Task DisableDemoAccountsAsync(UserManager<SupervisionUser> users, CancellationToken cancellationToken)
    {
        var disabled = new List<string>();
        foreach (var (userName, _, _, _) in DemoAccounts)
        {
            if (await users.FindByNameAsync(userName) is { IsDisabled: false })
            {
                await administration.SetDisabledAsync(AuditActor.System, userName, disabled: true, cancellationToken);
                disabled.Add(userName);
            }
        }
        if (disabled.Count == 0)
        {
            return;
        }

        var message = $"演示模式未开启（{DemoOptions.Setting} 不为 true），已停用数据库中密码公开的演示账号：{string.Join("、", disabled)}。" +
                      $"如确需演示，请设置 {DemoOptions.Setting}=true 后重新启动。";
        logger.LogWarning("{Message}", message);
        banner.Notice(message);
    }
}

/// <summary>
/// The sign-in lines of the start-up banner, collected while the accounts are initialised, followed by
/// notices about the accounts (e.g. demo accounts disabled).
/// </summary>
internal sealed class AccountBannerLines : IStartupBannerLines
{
    private readonly Lock _lock = new();
    private readonly List<string> _signIn = [];
    private readonly List<string> _notices = [];

    public void Add(string line)
    {
        lock (_lock)
        {
            _signIn.Add(line);
        }
    }

    /// <summary>A line that says nothing about how to sign in, so the general hint still appears.</summary>
    public void Notice(string line)
    {
        lock (_lock)
        {
            _notices.Add(line);
        }
    }

    public IEnumerable<string> GetLines()
    {
        lock (_lock)
        {
            IEnumerable<string> signIn = _signIn.Count == 0 ? ["登录：请使用县局管理员分配的账号；忘记密码请联系管理员重置。"] : _signIn;
            return [.. signIn, .. _notices];
        }
    }
}
