namespace Supervision.Web.Security;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Sign-in form posts allowed per client IP and minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Ingestion requests allowed per API key and minute.</summary>
    public int IngestPermitsPerMinute { get; set; } = 600;

    /// <summary>How long a user session lasts without activity (sliding), hours.</summary>
    public double SessionHours { get; set; } = 8;

    /// <summary>How long a big-screen (Screen role) session lasts without activity (sliding), days.</summary>
    public double ScreenSessionDays { get; set; } = 30;

    /// <summary>How often a session is checked against its account (disabled, password reset), minutes.</summary>
    public double RevalidationMinutes { get; set; } = 1;

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> is believed. Required (this or
    /// <see cref="KnownNetworks"/>) when <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/24</c>) of the reverse proxies whose <c>X-Forwarded-For</c> is believed.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How long a browser stays a known device of an account after a successful sign-in, days.</summary>
    public double KnownDeviceDays { get; set; } = 90;
}
