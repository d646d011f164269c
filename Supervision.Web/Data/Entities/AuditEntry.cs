namespace Supervision.Web.Data.Entities;

/// <summary>
/// One line of the append-only audit log (table AuditEntries). Nothing in the app updates or
/// deletes rows; <see cref="IAuditLog"/> only appends.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>
    /// User name, <c>apikey:{id}</c> for an API key, <c>cli:{operating-system user}</c> for a command-line run,
    /// or null for the system itself (web start-up).
    /// </summary>
    public string? Actor { get; init; }

    /// <summary>A dotted action name from <see cref="AuditActions"/>, e.g. <c>signin.failed</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What the action was about: a user name, key id, configuration section, export scope.</summary>
    public string? Target { get; init; }

    /// <summary>JSON object with the particulars (old → new values, period, reason).</summary>
    public string? Details { get; init; }

    public string? Ip { get; init; }
}
