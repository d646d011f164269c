namespace Supervision.Web.Security.Hardening;

/// <summary>HTTPS-only rules: Strict-Transport-Security outside Development, and cookies marked Secure on HTTPS.</summary>
internal static class TransportSecurity
{
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            // The default list exempts localhost and loopback addresses; a published build listens on
            // localhost behind its proxy, and Development sends no HSTS at all, so nothing is exempt.
            options.ExcludedHosts.Clear();
        });
        // Same as the sign-in cookie: Secure on HTTPS, still usable on a plain-HTTP intranet address.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }
}
