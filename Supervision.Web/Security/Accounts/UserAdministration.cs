using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Accounts;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security.Accounts;

public sealed record NewUser(string UserName, string DisplayName, string Role, string? TownCode);

/// <summary>
/// Creating, listing, disabling and resetting accounts; every change is audited. Each call runs in
/// its own DI scope, so a long-lived Blazor circuit never holds a stale UserManager or DbContext.
/// </summary>
/// <remarks>Creation times and lockout run on the real clock (<see cref="SecurityClock"/>).</remarks>
public sealed class UserAdministration(
    IServiceScopeFactory scopes, AccountsReader accounts, IAuditLog audit, [FromKeyedServices(SecurityClock.Key)] TimeProvider time)
{
    public Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        accounts.ListAsync(time.GetUtcNow(), cancellationToken);

    /// <returns>The initial password, to be shown once.</returns>
    /// <exception cref="DomainException">Invalid role, town binding, user name or password.</exception>
    public async Task<string> CreateAsync(AuditActor actor, NewUser request, string? password = null, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var townCode = await ValidateAsync(services.GetRequiredService<SupervisionDbContext>(), request, cancellationToken);

        var users = services.GetRequiredService<UserManager<SupervisionUser>>();
        var user = new SupervisionUser
        {
            UserName = request.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.UserName.Trim() : request.DisplayName.Trim(),
            TownCode = townCode,
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
        };
        password ??= PasswordGenerator.Generate();
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, request.Role));

        await audit.WriteAsync(actor, AuditActions.UserCreated, user.UserName,
            new { role = request.Role, town = townCode, displayName = user.DisplayName }, cancellationToken);
        return password;
    }

    public Task SetDisabledAsync(AuditActor actor, string userName, bool disabled, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, async (users, user) =>
        {
            if (disabled && string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new DomainException("不能停用自己的账号。");
            }
            user.IsDisabled = disabled;
            // A new stamp ends the account's open sessions at their next security-stamp check.
            Check(await users.UpdateSecurityStampAsync(user));
            await audit.WriteAsync(actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, user.UserName, null, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <returns>The new password, to be shown once. The account is also unlocked.</returns>
    public Task<string> ResetPasswordAsync(AuditActor actor, string userName, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, async (users, user) =>
        {
            var password = PasswordGenerator.Generate();
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            await audit.WriteAsync(actor, AuditActions.UserPasswordReset, user.UserName, null, cancellationToken);
            return password;
        }, cancellationToken);

    private async Task<T> ChangeAsync<T>(string userName, Func<UserManager<SupervisionUser>, SupervisionUser, Task<T>> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new DomainException($"找不到用户：{userName}。");
        cancellationToken.ThrowIfCancellationRequested();
        return await change(users, user);
    }

    private static async Task<string?> ValidateAsync(SupervisionDbContext db, NewUser request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            throw new DomainException("用户名不能为空。");
        }
        if (!SupervisionRoles.IsKnown(request.Role))
        {
            throw new DomainException($"未知的角色：{request.Role}。");
        }
        var townCode = string.IsNullOrWhiteSpace(request.TownCode) ? null : request.TownCode.Trim();
        if (request.Role == SupervisionRoles.TownLeader)
        {
            if (townCode is null)
            {
                throw new DomainException("镇街领导必须绑定一个镇街。");
            }
            if (!await db.Towns.AnyAsync(t => t.Code == townCode, cancellationToken))
            {
                throw new DomainException($"未知的镇街代码：{townCode}。");
            }
            return townCode;
        }
        if (townCode is not null)
        {
            throw new DomainException($"只有镇街领导可以绑定镇街，{SupervisionRoles.ChineseName(request.Role)}不能绑定。");
        }
        return null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
