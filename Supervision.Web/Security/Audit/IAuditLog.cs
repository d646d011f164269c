using Supervision.Web.Cli;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Security.Audit;

/// <summary>
/// The append-only audit log. Areas that act on behalf of a user (exports, bulletins, administration)
/// write one entry per action; see <see cref="AuditLogExtensions.RecordExportAsync"/> for exports.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditActor actor, string action, string? target, object? details = null, CancellationToken cancellationToken = default);

    Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Who acted and from where. <see cref="System"/> for start-up work nobody asked for.</summary>
public sealed record AuditActor(string? Name, string? Ip)
{
    public static AuditActor System { get; } = new(null, null);

    /// <summary>The server's command line: the operating-system account that ran the command, e.g. <c>cli:root</c>.</summary>
    public static AuditActor CommandLine { get; } = new(CommandLineRun.ActorName, null);

    public static AuditActor From(HttpContext http) => From(http.User, http.Connection.RemoteIpAddress?.ToString());

    public static AuditActor From(ClaimsPrincipal user, string? ip) => new(user.Identity?.IsAuthenticated == true ? user.Identity.Name : null, ip);
}

/// <param name="Actor">Exact user name, or null for all.</param>
/// <param name="Action">Exact action (see <see cref="AuditActions"/>), or null for all.</param>
/// <param name="From">Inclusive lower bound, or null.</param>
/// <param name="To">Exclusive upper bound, or null.</param>
/// <param name="Page">Zero-based page index.</param>
public sealed record AuditQuery(string? Actor = null, string? Action = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 0, int PageSize = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

public static class AuditLogExtensions
{
    /// <summary>Records an export: who, what (e.g. “月度通报 Excel”), scope (county or town code) and period.</summary>
    public static Task RecordExportAsync(
        this IAuditLog log, AuditActor actor, string what, string scope, string period, CancellationToken cancellationToken = default) =>
        log.WriteAsync(actor, AuditActions.Export, scope, new { what, scope, period }, cancellationToken);
}
