namespace Supervision.Web.Export;

/// <summary>
/// The one place bulletins and exports report to the audit log: every issued bulletin, every
/// download and every table export. The default implementation writes structured log entries; the
/// accounts area's <c>IAuditLog</c> plugs in by registering its own implementation of this interface
/// (actions <c>bulletin</c> and <c>export</c>).
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
public sealed record BulletinAuditInfo(int Year, int Number, string Period, string Scope, string Title);

/// <summary>Audit entries as structured log events (category <c>Supervision.Audit</c>).</summary>
internal sealed class LoggingExportAudit(ILoggerFactory loggers) : IExportAudit
{
    private readonly ILogger _log = loggers.CreateLogger("Supervision.Audit");

    public Task BulletinIssuedAsync(ExportActor actor, BulletinAuditInfo bulletin, CancellationToken cancellationToken)
    {
        _log.LogInformation("印发通报 {Year}年第{Number}期（{Period}，{Scope}），操作人 {Actor}，IP {Ip}",
            bulletin.Year, bulletin.Number, bulletin.Period, bulletin.Scope, actor.Name, actor.Ip);
        return Task.CompletedTask;
    }

    public Task BulletinDownloadedAsync(ExportActor actor, BulletinAuditInfo bulletin, CancellationToken cancellationToken)
    {
        _log.LogInformation("下载通报 {Year}年第{Number}期（{Period}，{Scope}），操作人 {Actor}，IP {Ip}",
            bulletin.Year, bulletin.Number, bulletin.Period, bulletin.Scope, actor.Name, actor.Ip);
        return Task.CompletedTask;
    }

    public Task TableExportedAsync(ExportActor actor, string table, string scope, string? period, string filters, CancellationToken cancellationToken)
    {
        _log.LogInformation("导出 {Table}（{Scope}，{Period}，条件 {Filters}），操作人 {Actor}，IP {Ip}",
            table, scope, period ?? "全部", filters, actor.Name, actor.Ip);
        return Task.CompletedTask;
    }
}
