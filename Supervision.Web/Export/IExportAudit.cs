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

    /// <summary>更正: <paramref name="correction"/> replaces <paramref name="superseded"/>.</summary>
    Task BulletinCorrectedAsync(ExportActor actor, BulletinAuditInfo correction, BulletinAuditInfo superseded, string reason, CancellationToken cancellationToken);

    Task BulletinWithdrawnAsync(ExportActor actor, BulletinAuditInfo bulletin, string reason, CancellationToken cancellationToken);

    /// <param name="scope"><c>county</c> or <c>town:{code}</c>.</param>
    /// <param name="filters">The query string the export was made with, for the record.</param>
    Task TableExportedAsync(ExportActor actor, string table, string scope, string? period, string filters, CancellationToken cancellationToken);
}

/// <summary>What the audit log records about a bulletin.</summary>
public sealed record BulletinAuditInfo(int Year, int Number, string Period, string Scope, string Title)
{
    /// <summary>0 as first issued, then one per 更正.</summary>
    public int Revision { get; init; }

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
            new { operation = "下载", bulletin.Title, bulletin.Period, bulletin.Scope, bulletin.Revision }, cancellationToken);

    public Task BulletinCorrectedAsync(ExportActor actor, BulletinAuditInfo correction, BulletinAuditInfo superseded, string reason, CancellationToken cancellationToken) =>
        log.WriteAsync(Actor(actor), AuditActions.Bulletin, correction.Target,
            new { operation = "更正", correction.Title, correction.Period, correction.Revision, superseded = superseded.Revision, reason }, cancellationToken);

    public Task BulletinWithdrawnAsync(ExportActor actor, BulletinAuditInfo bulletin, string reason, CancellationToken cancellationToken) =>
        log.WriteAsync(Actor(actor), AuditActions.Bulletin, bulletin.Target,
            new { operation = "撤回", bulletin.Title, bulletin.Period, bulletin.Revision, reason }, cancellationToken);

    public Task TableExportedAsync(ExportActor actor, string table, string scope, string? period, string filters, CancellationToken cancellationToken) =>
        log.RecordExportAsync(Actor(actor), $"{table}.xlsx{filters}", scope, period ?? "全部", cancellationToken);

    // The command line has no signed-in user: its name is recorded as given (e.g. “cli:root”).
    private static AuditActor Actor(ExportActor actor) => new(actor.Name, actor.Ip);
}
