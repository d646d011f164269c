using Microsoft.AspNetCore.Identity;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Security.Accounts;

/// <summary>Adds the town binding and display name to the sign-in cookie, so access checks need no database.</summary>
internal sealed class SupervisionClaimsPrincipalFactory(
    UserManager<SupervisionUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SupervisionUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SupervisionUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.TownCode))
        {
            identity.AddClaim(new Claim(SupervisionClaims.Town, user.TownCode));
        }
        identity.AddClaim(new Claim(SupervisionClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}

/// <summary>Identity asks this before every sign-in (RequireConfirmedAccount): a disabled account is “not allowed”.</summary>
internal sealed class EnabledAccountConfirmation : IUserConfirmation<SupervisionUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<SupervisionUser> manager, SupervisionUser user) => Task.FromResult(!user.IsDisabled);
}

/// <summary>Passwords need at least one letter (Identity itself can only ask for a lower- or upper-case one).</summary>
internal sealed class LetterPasswordValidator : IPasswordValidator<SupervisionUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<SupervisionUser> manager, SupervisionUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsAsciiLetter)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordRequiresLetter", Description = "密码至少包含一个英文字母。" }));
}
