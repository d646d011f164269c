using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Supervision.Web.Security;

/// <summary>
/// The clock of security-relevant times: sign-in cookie expiry, security-stamp checks, lockout, audit entries,
/// API key creation, revocation and use. It is the real clock even while the simulator gives the rest of the
/// app its 2020 clock, so a persistent cookie never expires in the browser's past and the audit log tells
/// when things really happened. Consumers take <c>[FromKeyedServices(SecurityClock.Key)] TimeProvider</c>;
/// tests replace it with <c>services.AddKeyedSingleton&lt;TimeProvider&gt;(SecurityClock.Key, fake)</c>.
/// </summary>
/// <remarks>Identity's own lockout arithmetic (<c>UserManager</c>) already reads the real clock.</remarks>
public static class SecurityClock
{
    public const string Key = "security";

    public static IServiceCollection AddSecurityClock(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(Key, TimeProvider.System);
        return services;
    }

    /// <summary>Every sign-in cookie scheme and the security-stamp check run on the security clock.</summary>
    internal static IServiceCollection UseSecurityClockForSignIn(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, SignInClock>();
        services.AddSingleton<IConfigureOptions<SecurityStampValidatorOptions>, SignInClock>();
        return services;
    }

    /// <remarks>
    /// Configure runs before the framework's post-configuration, which would otherwise fill the empty
    /// <c>TimeProvider</c> with the app's (simulated) clock.
    /// </remarks>
    private sealed class SignInClock([FromKeyedServices(Key)] TimeProvider clock)
        : IConfigureNamedOptions<CookieAuthenticationOptions>, IConfigureOptions<SecurityStampValidatorOptions>
    {
        public void Configure(string? name, CookieAuthenticationOptions options) => options.TimeProvider = clock;

        public void Configure(CookieAuthenticationOptions options) => options.TimeProvider = clock;

        public void Configure(SecurityStampValidatorOptions options) => options.TimeProvider = clock;
    }
}
