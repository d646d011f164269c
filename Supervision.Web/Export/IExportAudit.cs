using Supervision.Web.Security.Audit;

namespace Supervision.Web.Export;

/// <summary>
/// The one place bulletins and exports report to the audit log: every issued bulletin, every
/// download and every table export.
/// </summary>
public interface IExportAudit
{
    Task BulletinIssuedAsync(ExportActor actor, BulletinAuditInfo bulletin, CancellationToken cancellationToken);

    Task BulletinDownloadedAsync(ExportActor actor, BulletinAuditInfo bulletin, CancellationToken cancellationToken);

    /// <param name="scope"><c>county</c> or <c>town:{code}</c>.</param>
    /// <param name="filters">The query string the export was made with, for the record.</param>
    Task TableExportedAsync(ExportActor actor, string table, string scope, string? period, string filters, CancellationToken cancellationToken);
}

/// <summary>What the audit log records about a bulletin.</summary>
public sealed record BulletinAuditInfo(int Year, int Number, string Period, string Scope, string Title)
{
    public string Target => $"{Year}年第{Number}期";
}

/// <summary>
/// Writes to the accounts area's <see cref="IAuditLog"/>: action <c>bulletin</c> (印发通报) for issuing
/// and downloading, <c>export</c> (导出) for table exports.
/// </summary>
internal sealed class AuditLogExportAudit(IAuditLog log) : IExportAudit
{
    public Task BulletinIssuedAsync(ExportActor actor, BulletinAuditInfo bulletin, CancellationToken cancellationToken) =>
        log.WriteAsync(Actor(actor), AuditActions.Bulletin, bulletin.Target,
            new { operation = "印发", bulletin.Title, bulletin.Period, bulletin.Scope }, cancellationToken);

    public Task BulletinDownloadedAsync(ExportActor actor, BulletinAuditInfo bulletin, CancellationToken cancellationToken) =>
        log.WriteAsync(Actor(actor), AuditActions.Bulletin, bulletin.Target,
            new { operation = "下载", bulletin.Title, bulletin.Period, bulletin.Scope }, cancellationToken);

    public Task TableExportedAsync(ExportActor actor, string table, string scope, string? period, string filters, CancellationToken cancellationToken) =>
        log.RecordExportAsync(Actor(actor), $"{table}.xlsx{filters}", scope, period ?? "全部", cancellationToken);

    // The command line has no signed-in user: its name is recorded as given (e.g. “cli:root”).
    private static AuditActor Actor(ExportActor actor) => new(actor.Name, actor.Ip);
}
