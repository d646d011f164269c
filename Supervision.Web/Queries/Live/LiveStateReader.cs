using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Calendar;

namespace Supervision.Web.Queries.Live;

/// <summary>The open records of some halls at one instant, and each hall's <see cref="LiveHallState"/>.</summary>
public sealed record LiveSnapshot(
    DateTimeOffset At,
    IReadOnlyList<TicketRecord> TodaysTickets,
    IReadOnlyList<CaseRecord> OpenCases,
    IReadOnlyDictionary<string, LiveHallState> Halls);

/// <summary>
/// Reads what a hall looks like now: today's tickets and the open cases, straight from the record
/// tables (both are small: one day of tickets, cases not yet done).
/// </summary>
public sealed class LiveStateReader(IDbContextFactory<SupervisionDbContext> contexts, WorkingCalendarSource calendars)
{
    // Status is indexed with Town; IsOpen is checked again in memory because it also looks at the instants.
    private static readonly CaseStatus[] OpenStatuses = [CaseStatus.Accepted, CaseStatus.Transferred, CaseStatus.Paused, CaseStatus.Escalated];

    public WorkingCalendar Calendar => calendars.Current;

    /// <param name="towns">The halls to read; every one of them gets a state, even an idle one.</param>
    public async Task<LiveSnapshot> ReadAsync(IReadOnlyCollection<string> towns, DateTimeOffset now, CancellationToken ct)
    {
        var today = WorkingCalendar.LocalDate(now);
        var codes = towns.ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tickets = await db.Set<TicketRecord>().AsNoTracking()
            .Where(t => codes.Contains(t.Town) && t.IssuedDay == today)
            .ToListAsync(ct);
        var cases = (await db.Set<CaseRecord>().AsNoTracking()
                .Where(c => codes.Contains(c.Town) && OpenStatuses.Contains(c.Status))
                .ToListAsync(ct))
            .Where(c => c.IsOpen)
            .ToList();
        var halls = codes.ToDictionary(
            code => code,
            code => LiveHallState.From(code, tickets, cases, calendars.Current, now),
            StringComparer.Ordinal);
        return new LiveSnapshot(now, tickets, cases, halls);
    }

    /// <summary>Today's rollup row of each town that has one (towns without activity today are absent).</summary>
    public async Task<IReadOnlyDictionary<string, TownDayRollup>> TodayRollupsAsync(
        IReadOnlyCollection<string> towns, DateTimeOffset now, CancellationToken ct)
    {
        var today = WorkingCalendar.LocalDate(now);
        var codes = towns.ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<TownDayRollup>().AsNoTracking()
            .Where(r => codes.Contains(r.Town) && r.Day == today)
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Town, StringComparer.Ordinal);
    }

    /// <summary>The stored records of <paramref name="subjects"/>: what a commit without its records changed.</summary>
    public async Task<RecordSet> RecordsAsync(IReadOnlyCollection<string> subjects, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await StoredRecords.LoadAsync(db, subjects, ct);
    }

    /// <summary>
    /// The records the alert watch starts from: open cases, today's waiting tickets, negative reviews awaiting
    /// rectification and complaints not yet responded to or resolved.
    /// </summary>
    public async Task<RecordSet> WatchedAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = WorkingCalendar.LocalDate(now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var set = new RecordSet();
        foreach (var c in await db.Set<CaseRecord>().AsNoTracking().Where(c => OpenStatuses.Contains(c.Status)).ToListAsync(ct))
        {
            set.Cases[SubjectKey.Of(SubjectKind.Case, c.Town, c.CaseId)] = c;
        }
        foreach (var t in await db.Set<TicketRecord>().AsNoTracking()
                     .Where(t => t.IssuedDay == today && t.Status == TicketStatus.Waiting).ToListAsync(ct))
        {
            set.Tickets[SubjectKey.Of(SubjectKind.Ticket, t.Town, t.Ticket)] = t;
        }
        foreach (var r in await db.Set<ReviewRecord>().AsNoTracking()
                     .Where(r => r.IsNegative && r.NeedsRectification && r.RectifiedAt == null).ToListAsync(ct))
        {
            set.Reviews[SubjectKey.Of(SubjectKind.Review, r.Town, r.ReviewId)] = r;
        }
        foreach (var c in await db.Set<ComplaintRecord>().AsNoTracking()
                     .Where(c => c.RespondedAt == null || c.ResolvedAt == null).ToListAsync(ct))
        {
            set.Complaints[SubjectKey.Of(SubjectKind.Complaint, c.Town, c.ComplaintId)] = c;
        }
        return set;
    }
}
