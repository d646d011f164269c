using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Reference;

namespace Supervision.Web.Queries.Cases;

/// <summary>
/// A case as its page shows it: the current record, every event reported for it in time order, its
/// stage and handler, its time left on the calendar in force and its card at the moment asked about.
/// </summary>
/// <param name="ProvisionalDeadline">The deadline was counted through a year without calendar data (暂定).</param>
/// <param name="HandlerTown">The hall of the handler in the reference data; null when they are not registered.</param>
public sealed record CaseDetail(
    CaseRecord Record,
    IReadOnlyList<HallEvent> Events,
    CaseStage Stage,
    CaseTimeLeft TimeLeft,
    CardColour Card,
    bool ProvisionalDeadline,
    string? HandlerTown);

/// <summary>The case (null when the hall reported no such case) and the names of the codes it carries.</summary>
public sealed record CaseDetailView(ReferenceNames Names, CaseDetail? Case);

public sealed class CaseDetailReader(
    IDbContextFactory<SupervisionDbContext> contexts,
    ReferenceNamesReader names,
    WorkingCalendarSource calendars)
{
    public async Task<CaseDetailView> GetAsync(string town, string caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await names.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<CaseRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Town == town && r.CaseId == caseId, cancellationToken);
        if (record is null)
        {
            return new CaseDetailView(known, null);
        }
        var subject = $"case:{town}:{caseId}";
        var stored = await db.Set<StoredEvent>().AsNoTracking()
            .Where(e => e.Subject == subject)
            .OrderBy(e => e.Seq)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken);
        // Hall systems report late and out of order: the timeline follows when things happened, arrival breaks ties.
        var events = stored.Select(EventJson.Deserialize).OrderBy(e => e.At).ToList();
        var stage = CaseStage.Of(record, events);
        var handlerTown = stage.Staff is { } staff
            ? await db.Staff.AsNoTracking().Where(s => s.Id == staff).Select(s => s.TownCode).FirstOrDefaultAsync(cancellationToken)
            : null;
        var calendar = calendars.Current;
        return new CaseDetailView(known, new CaseDetail(
            record,
            events,
            stage,
            CaseTimeLeft.Of(record, now, calendar),
            CaseCards.ColourAt(record, now, calendar),
            CaseDeadline.IsProvisional(record, calendar),
            handlerTown));
    }
}
