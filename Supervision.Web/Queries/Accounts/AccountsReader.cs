using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Accounts;

/// <summary>An account as the 用户管理 page lists it.</summary>
public sealed record UserSummary(
    string UserName, string DisplayName, string Role, string? TownCode, string? TownName,
    bool IsDisabled, DateTimeOffset? LockedOutUntil, DateTimeOffset CreatedAt);

/// <summary>Lists the accounts; creating, disabling and resetting them is Security's.</summary>
public sealed class AccountsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <param name="now">The real clock's now (lockout runs on it): a lockout ended before it is not shown.</param>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var towns = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        return users.Select(u => new UserSummary(
                u.UserName ?? "", u.DisplayName,
                roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "",
                u.TownCode, u.TownCode is { } code ? towns.GetValueOrDefault(code) : null,
                u.IsDisabled, u.LockoutEnd > now ? u.LockoutEnd : null, u.CreatedAt))
            .ToList();
    }
}
