using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Queries.Audit;

/// <summary>Searches the audit log (the 审计日志 page); writing it is the audit log's own.</summary>
public sealed class AuditEntriesReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>One page of the entries matching every given filter, newest first, and how many match in all.</summary>
    /// <param name="to">Exclusive.</param>
    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> SearchAsync(
        string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var name = actor.Trim();
            entries = entries.Where(e => e.Actor == name);
        }
        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(e => e.Action == action);
        }
        if (from is { } start)
        {
            entries = entries.Where(e => e.At >= start);
        }
        if (to is { } end)
        {
            entries = entries.Where(e => e.At < end);
        }

        var size = Math.Clamp(pageSize, 1, 500);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(page, 0) * size).Take(size)
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
