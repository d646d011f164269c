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
}
