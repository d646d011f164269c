using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Queries.Cases;

/// <summary>A case's current record and every event reported for it, in time order.</summary>
public sealed record CaseDetail(CaseRecord Record, IReadOnlyList<HallEvent> Events);

public sealed class CaseDetailReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <returns>Null when the hall reported no such case.</returns>
    public async Task<CaseDetail?> GetAsync(string town, string caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<CaseRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Town == town && r.CaseId == caseId, cancellationToken);
        if (record is null)
        {
            return null;
        }
        var subject = $"case:{town}:{caseId}";
        var stored = await db.Set<StoredEvent>().AsNoTracking()
            .Where(e => e.Subject == subject)
            .OrderBy(e => e.Seq)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken);
        // Hall systems report late and out of order: the timeline follows when things happened, arrival breaks ties.
        var events = stored.Select(EventJson.Deserialize).OrderBy(e => e.At).ToList();
        return new CaseDetail(record, events);
    }
}
