using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Supervision.Web.Routing;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Security.Accounts;

/// <summary>
/// A browser that once signed in to an account successfully carries a protected "known device" cookie
/// for it. The account's lockout (5 wrong passwords → 15 minutes) holds only for other browsers, so a
/// stranger guessing passwords cannot keep the account's own user out. The cookie names the account and
/// its security stamp (a password reset or a new stamp ends it), expires after
/// <see cref="SecurityOptions.KnownDeviceDays"/>, and counts its own wrong passwords: after as many as
/// the lockout allows, the browser is a stranger again. Its times come from the security clock: a cookie
/// issued on the simulator's 2020 clock would be dropped by the browser at once.
/// </summary>
public sealed class KnownDevices(
    IDataProtectionProvider protection, [FromKeyedServices(SecurityClock.Key)] TimeProvider time, IOptions<SecurityOptions> security, IOptions<IdentityOptions> identity)
{
    public const string CookieName = "supervision.device";

    private readonly IDataProtector _protector = protection.CreateProtector("Supervision.Accounts.KnownDevice");

    /// <returns>The wrong passwords this browser has sent for <paramref name="user"/> since its last sign-in, or null when it is not a known device of that account.</returns>
    public int? FailuresOf(HttpContext http, SupervisionUser user)
    {
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } cookie || Read(cookie) is not { } token)
        {
            return null;
        }
        var fresh = time.GetUtcNow() < token.Issued.AddDays(security.Value.KnownDeviceDays);
        return fresh && token.UserId == user.Id && token.Stamp == user.SecurityStamp && token.Failures < MaxFailures
            ? token.Failures
            : null;
    }

    /// <summary>Makes (or keeps) this browser a known device of <paramref name="user"/> after a successful sign-in.</summary>
    public void Remember(HttpContext http, SupervisionUser user) =>
        Write(http, new Token(user.Id, user.SecurityStamp ?? "", time.GetUtcNow(), 0));

    /// <summary>Counts a wrong password sent from this known device; the last one allowed ends its standing.</summary>
    public void CountFailure(HttpContext http, SupervisionUser user, int failures)
    {
        if (failures + 1 >= MaxFailures || Read(http.Request.Cookies[CookieName] ?? "") is not { } token)
        {
            http.Response.Cookies.Delete(CookieName, Options(http, DateTimeOffset.UnixEpoch));
            return;
        }
        Write(http, token with { Failures = failures + 1 });
    }

    private int MaxFailures => identity.Value.Lockout.MaxFailedAccessAttempts;

    private void Write(HttpContext http, Token token) =>
        http.Response.Cookies.Append(CookieName, _protector.Protect(token.ToString()),
            Options(http, token.Issued.AddDays(security.Value.KnownDeviceDays)));

    private static CookieOptions Options(HttpContext http, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = ApiRoutes.Login,
        Expires = expires,
        IsEssential = true,
    };

    private Token? Read(string cookie)
    {
        try
        {
            return Token.Parse(_protector.Unprotect(cookie));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private sealed record Token(string UserId, string Stamp, DateTimeOffset Issued, int Failures)
    {
        public override string ToString() =>
            string.Join('\n', UserId, Stamp, Issued.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Failures.ToString(CultureInfo.InvariantCulture));

        public static Token? Parse(string text) =>
            text.Split('\n') is [var user, var stamp, var issued, var failures]
            && long.TryParse(issued, CultureInfo.InvariantCulture, out var seconds)
            && int.TryParse(failures, CultureInfo.InvariantCulture, out var count)
                ? new Token(user, stamp, DateTimeOffset.FromUnixTimeSeconds(seconds), count)
                : null;
    }
}
