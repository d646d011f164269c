using Microsoft.AspNetCore.Identity;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Security.Accounts;

/// <summary>
/// The sign-in form's password check. Two things differ from <see cref="SignInManager{TUser}.PasswordSignInAsync(string, string, bool, bool)"/>:
/// a browser that is a known device of the account (<see cref="KnownDevices"/>) is not held back by the
/// account's lockout, and every attempt runs the password hasher once — also for a user name that does
/// not exist or an account that is locked or disabled — so the response time does not tell which user
/// names exist.
/// </summary>
public sealed class PasswordSignIn(SignInManager<SupervisionUser> signIn, IPasswordHasher<SupervisionUser> hasher, KnownDevices devices)
{
    // A real hash of a random password, made with the configured hasher so verifying it costs the same.
    private static string? _dummyHash;

    public async Task<SignInResult> SignInAsync(HttpContext http, string userName, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendHashingTime(password);
            return SignInResult.Failed;
        }
        if (devices.FailuresOf(http, user) is { } failures)
        {
            return await SignInFromKnownDeviceAsync(http, user, password, failures);
        }

        // Identity refuses a locked or disabled account before it looks at the password.
        if (await signIn.UserManager.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            SpendHashingTime(password);
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            devices.Remember(http, user);
        }
        return result;
    }

    private async Task<SignInResult> SignInFromKnownDeviceAsync(HttpContext http, SupervisionUser user, string password, int failures)
    {
        if (!await signIn.CanSignInAsync(user))
        {
            SpendHashingTime(password);
            return SignInResult.NotAllowed;
        }
        if (!await signIn.UserManager.CheckPasswordAsync(user, password))
        {
            devices.CountFailure(http, user, failures);
            return SignInResult.Failed;
        }
        await signIn.UserManager.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        devices.Remember(http, user);
        return SignInResult.Success;
    }

    private void SpendHashingTime(string password)
    {
        _dummyHash ??= hasher.HashPassword(new SupervisionUser(), Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(new SupervisionUser(), _dummyHash, password);
    }
}
