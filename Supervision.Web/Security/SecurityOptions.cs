namespace Supervision.Web.Security;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Sign-in form posts allowed per client IP and minute.</summary>
    [Range(1, 10_000, ErrorMessage = "应为 1 到 10000 之间的整数")]
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Ingestion requests allowed per API key and minute.</summary>
    [Range(1, 1_000_000, ErrorMessage = "应为 1 到 1000000 之间的整数")]
    public int IngestPermitsPerMinute { get; set; } = 600;

    // The defaults below are derived from the simulator's busiest days in docs/security.md (Ingest limits).

    /// <summary>Events one API key may send per minute (token bucket refilled every second): the county's busiest simulated day × 2.</summary>
    [Range(1, 100_000_000, ErrorMessage = "应为 1 到 100000000 之间的整数")]
    public int IngestEventsPerMinutePerKey { get; set; } = 12_000;

    /// <summary>Events all keys together may send for one town per minute: the busiest simulated hall-day × 4.</summary>
    [Range(1, 100_000_000, ErrorMessage = "应为 1 到 100000000 之间的整数")]
    public int IngestEventsPerMinutePerTown { get; set; } = 6_000;

    /// <summary>Most tickets one hall may have issued on one local day (API batches beyond it: 422): the busiest simulated hall-day × 10.</summary>
    [Range(1, 10_000_000, ErrorMessage = "应为 1 到 10000000 之间的整数")]
    public int PlausibleTicketsPerHallDay { get; set; } = 2_000;

    /// <summary>Most cases one hall may have accepted on one local day (API batches beyond it: 422): the busiest simulated hall-day × 10.</summary>
    [Range(1, 10_000_000, ErrorMessage = "应为 1 到 10000000 之间的整数")]
    public int PlausibleCasesPerHallDay { get; set; } = 1_700;

    /// <summary>How long a user session lasts without activity (sliding), hours.</summary>
    [Range(0.1, 720.0, ErrorMessage = "应为 0.1 到 720 之间的小时数")]
    public double SessionHours { get; set; } = 8;

    /// <summary>How long a big-screen (Screen role) session lasts without activity (sliding), days.</summary>
    [Range(0.1, 3650.0, ErrorMessage = "应为 0.1 到 3650 之间的天数")]
    public double ScreenSessionDays { get; set; } = 30;

    /// <summary>How often a session is checked against its account (disabled, password reset), minutes.</summary>
    [Range(0.1, 1440.0, ErrorMessage = "应为 0.1 到 1440 之间的分钟数")]
    public double RevalidationMinutes { get; set; } = 1;

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> is believed. Required (this or
    /// <see cref="KnownNetworks"/>) when <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/24</c>) of the reverse proxies whose <c>X-Forwarded-For</c> is believed.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How long a browser stays a known device of an account after a successful sign-in, days.</summary>
    [Range(0.0, 3650.0, ErrorMessage = "应为 0 到 3650 之间的天数")]
    public double KnownDeviceDays { get; set; } = 90;
}
