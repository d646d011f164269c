using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Ingestion.Projections;

namespace Supervision.Web.Calendar;

/// <summary>Where the recalculation after a calendar change stands; shown on the 节假日安排 page.</summary>
public sealed record CalendarRecalculationState(int Year, int Done, int Total, bool Finished, string? Error)
{
    public int Percent => Total == 0 ? 100 : (int)(100L * Done / Total);
}

/// <summary>
/// After a year's 放假安排 changed, refolds the subjects whose working-day figures may depend on that year,
/// one run after another in the background, and reports progress. A subject is affected when it started
/// before the year ended and its deadline or completion reaches into the year: only then did counting
/// working days cross it. Cards are not stored; they follow the calendar in force when next read.
/// </summary>
internal sealed class CalendarRecalculation(
    IDbContextFactory<SupervisionDbContext> contexts,
    SubjectReprojector reprojector,
    ILogger<CalendarRecalculation> logger)
{
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    public CalendarRecalculationState? State { get; private set; }

    /// <summary>The run last queued; awaited by the CLI and the tests.</summary>
    public Task<ReprojectSummary?> Completion { get; private set; } = Task.FromResult<ReprojectSummary?>(null);

    /// <summary>Raised on the worker thread whenever <see cref="State"/> changes.</summary>
    public event Action? Changed;

    /// <summary>Queues a run for <paramref name="year"/> behind any run in progress.</summary>
    public Task<ReprojectSummary?> Start(int year)
    {
        lock (_gate)
        {
            var previous = _tail;
            var run = Task.Run(async () =>
            {
                await previous.ContinueWith(_ => { }, TaskScheduler.Default);
                return await RunAsync(year, CancellationToken.None);
            });
            _tail = run;
            Completion = run;
            return run;
        }
    }

    /// <summary>The subjects whose records may change with the calendar of <paramref name="year"/>.</summary>
    public async Task<IReadOnlyList<string>> AffectedSubjectsAsync(int year, CancellationToken ct)
    {
        var from = WorkingCalendar.AtLocal(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        var to = WorkingCalendar.AtLocal(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => c.AcceptedAt != null && c.AcceptedAt < to && (c.Deadline >= from || c.CompletedAt >= from))
            .Select(c => new { c.Town, c.CaseId }).ToListAsync(ct);
        var complaints = await db.Set<ComplaintRecord>().AsNoTracking()
            .Where(c => c.FiledAt != null && c.FiledAt < to && (c.RespondDue >= from || c.ResolveDue >= from))
            .Select(c => new { c.Town, c.ComplaintId }).ToListAsync(ct);
        var reviews = await db.Set<ReviewRecord>().AsNoTracking()
            .Where(r => r.SubmittedAt != null && r.SubmittedAt < to && (r.VerifyDue >= from || r.RectifyDue >= from))
            .Select(r => new { r.Town, r.ReviewId }).ToListAsync(ct);
        return cases.Select(c => SubjectKey.Of(SubjectKind.Case, c.Town, c.CaseId))
            .Concat(complaints.Select(c => SubjectKey.Of(SubjectKind.Complaint, c.Town, c.ComplaintId)))
            .Concat(reviews.Select(r => SubjectKey.Of(SubjectKind.Review, r.Town, r.ReviewId)))
            .ToList();
    }

    private async Task<ReprojectSummary?> RunAsync(int year, CancellationToken ct)
    {
        try
        {
            var subjects = await AffectedSubjectsAsync(year, ct);
            Report(new CalendarRecalculationState(year, 0, subjects.Count, false, null));
            var summary = await reprojector.ReprojectAsync(subjects,
                new InlineProgress(done => Report(new CalendarRecalculationState(year, done, subjects.Count, false, null))), ct);
            Report(new CalendarRecalculationState(year, subjects.Count, subjects.Count, true, null));
            logger.LogInformation("Recalculated {Subjects} subjects and {Days} town-days after the {Year} calendar changed",
                summary.Subjects.Count, summary.Days.Count, year);
            return summary;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Recalculation after the {Year} calendar change failed", year);
            Report(new CalendarRecalculationState(year, State?.Done ?? 0, State?.Total ?? 0, true,
                "重新计算失败，已记录日志。已完成的部分保留；请重新保存该年度安排以再次计算。"));
            return null;
        }
    }

    private void Report(CalendarRecalculationState state)
    {
        State = state;
        Changed?.Invoke();
    }

    // Progress<T> would post to a captured context; the reports here only set a field.
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
