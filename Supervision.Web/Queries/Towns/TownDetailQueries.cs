using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Towns;

/// <summary>A window serving someone now: the latest call of a ticket issued today that is not finished.</summary>
public sealed record ServingWindow(string Window, string WindowName, WindowKind? Kind, string Ticket, string? Staff, string? StaffName,
    DateTimeOffset CalledAt, long ServingSeconds);

/// <summary>A ticket of today still waiting to be called.</summary>
public sealed record WaitingTicket(string Ticket, string? Category, DateTimeOffset IssuedAt, long WaitSeconds);

/// <summary>Cases accepted today at windows of one kind (null: the window is not in the reference data).</summary>
public sealed record WindowKindCount(WindowKind? Kind, int Accepted);

/// <summary>The hall floor now: who serves at which window and for how long, who waits, today's acceptances by window kind.</summary>
public sealed record HallFloor(
    DateTimeOffset At,
    int WindowCount,
    IReadOnlyList<ServingWindow> Serving,
    IReadOnlyList<WaitingTicket> Waiting,
    IReadOnlyList<WindowKindCount> AcceptedByKind);

public sealed record ReviewLine(string ReviewId, string? CaseId, string? WindowName, string? StaffName, int? Level, bool IsNegative,
    ReviewChannel? Channel, string? Reasons, DateTimeOffset? SubmittedAt, bool Rectified);

public sealed record ComplaintLine(string ComplaintId, string? CaseId, ComplaintCategory? Category, ComplaintChannel? Channel,
    DateTimeOffset? FiledAt, bool Responded, bool Resolved, bool? Substantiated);

/// <summary>What the hall page reads that the figure queries do not give: the floor now, recent reviews and complaints, the staff list.</summary>
public interface ITownDetailQueries
{
    Task<HallFloor> GetFloorAsync(string town, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReviewLine>> RecentReviewsAsync(string town, int count, CancellationToken cancellationToken);

    Task<IReadOnlyList<ComplaintLine>> RecentComplaintsAsync(string town, int count, CancellationToken cancellationToken);

    Task<IReadOnlyList<Staff>> StaffAsync(string town, CancellationToken cancellationToken);

    /// <summary>Item names by code, for the case lists of the page.</summary>
    Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken cancellationToken);
}

/// <summary>Reads the record tables directly; each read is one hall and at most one day or a few rows.</summary>
public sealed class TownDetailQueries(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider time) : ITownDetailQueries
{
    public async Task<HallFloor> GetFloorAsync(string town, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = WorkingCalendar.LocalDate(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var windows = await db.Windows.AsNoTracking().Where(w => w.TownCode == town).ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => s.TownCode == town).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var tickets = await db.Set<TicketRecord>().AsNoTracking()
            .Where(t => t.Town == town && t.IssuedDay == today && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Waiting))
            .ToListAsync(cancellationToken);
        var accepted = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => c.Town == town && c.AcceptedDay == today)
            .GroupBy(c => c.AcceptedWindowKind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var windowByCode = windows.ToDictionary(w => w.Code, StringComparer.Ordinal);
        var serving = tickets
            .Where(t => t.Status == TicketStatus.Called && t.Window is not null && t.CalledAt is not null)
            // A window shows its latest call; an earlier unfinished ticket there was left open by the hall system.
            .GroupBy(t => t.Window!, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(t => t.CalledAt).First())
            .Select(t =>
            {
                windowByCode.TryGetValue(t.Window!, out var window);
                return new ServingWindow(t.Window!, window?.Name ?? t.Window! + ZhFormat.Unregistered, window?.Kind, t.Ticket, t.Staff,
                    t.Staff is null ? null : ZhFormat.Named(staff, t.Staff),
                    t.CalledAt!.Value, Seconds(now - t.CalledAt!.Value));
            })
            .OrderBy(s => windowByCode.TryGetValue(s.Window, out var w) ? w.Number : int.MaxValue)
            .ThenBy(s => s.Window, StringComparer.Ordinal)
            .ToList();
        var waiting = tickets
            .Where(t => t.Status == TicketStatus.Waiting && t.IssuedAt is not null)
            .OrderBy(t => t.IssuedAt)
            .Select(t => new WaitingTicket(t.Ticket, t.Category, t.IssuedAt!.Value, Seconds(now - t.IssuedAt!.Value)))
            .ToList();
        var byKind = accepted
            .Select(a => new WindowKindCount(a.Kind, a.Count))
            .OrderBy(a => a.Kind is null ? int.MaxValue : (int)a.Kind)
            .ToList();
        return new HallFloor(now, windows.Count, serving, waiting, byKind);
    }

    public async Task<IReadOnlyList<ReviewLine>> RecentReviewsAsync(string town, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = await db.Set<ReviewRecord>().AsNoTracking()
            .Where(r => r.Town == town && r.SubmittedAt != null)
            .OrderByDescending(r => r.SubmittedAt)
            .Take(count)
            .ToListAsync(cancellationToken);
        var windows = await db.Windows.AsNoTracking().Where(w => w.TownCode == town).ToDictionaryAsync(w => w.Code, w => w.Name, cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => s.TownCode == town).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return reviews.Select(r => new ReviewLine(r.ReviewId, r.CaseId,
                r.Window is null ? null : ZhFormat.Named(windows, r.Window),
                r.Staff is null ? null : ZhFormat.Named(staff, r.Staff),
                r.Level, r.IsNegative, r.Channel, r.Reasons, r.SubmittedAt, r.RectifiedAt is not null))
            .ToList();
    }

    public async Task<IReadOnlyList<ComplaintLine>> RecentComplaintsAsync(string town, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var complaints = await db.Set<ComplaintRecord>().AsNoTracking()
            .Where(c => c.Town == town && c.FiledAt != null)
            .OrderByDescending(c => c.FiledAt)
            .Take(count)
            .ToListAsync(cancellationToken);
        return complaints.Select(c => new ComplaintLine(c.ComplaintId, c.CaseId, c.Category, c.Channel, c.FiledAt,
                c.RespondedAt is not null, c.ResolvedAt is not null, c.Substantiated))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<IReadOnlyList<Staff>> StaffAsync(string town, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Where(s => s.TownCode == town).OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    private static long Seconds(TimeSpan span) => Math.Max(0L, (long)span.TotalSeconds);
}
