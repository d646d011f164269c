using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>
/// Gives cases folded before <see cref="CaseRecord.PromiseClockUsedDays"/> existed their value: every
/// completed case of a known item with a processing time but no promise-clock days is refolded from its
/// events by <see cref="SubjectReprojector"/>, which also adds it to 提速率 on its completion day. The
/// migration <c>SpeedupClock</c> left such cases out of the day sums of 提速率 (it zeroed both sums), so the
/// refold adds exactly what a rebuild would. Runs once per start in the background; with nothing left
/// to do it is one query. Refolding is idempotent, so several nodes starting together do no harm.
/// </summary>
internal sealed class PromiseClockBackfill(
    IDbContextFactory<SupervisionDbContext> contexts,
    SubjectReprojector reprojector,
    ILogger<PromiseClockBackfill> logger) : BackgroundService
{
    /// <summary>The cases still without promise-clock days.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = await db.Set<CaseRecord>().AsNoTracking()
            .Where(c => c.ProcessingWorkingDays != null && c.PromisedDays != null && c.PromiseClockUsedDays == null)
            .Select(c => new { c.Town, c.CaseId })
            .ToListAsync(ct);
        return cases.Select(c => SubjectKey.Of(SubjectKind.Case, c.Town, c.CaseId)).ToList();
    }

    /// <summary>Refolds the pending cases; returns how many there were.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var pending = await PendingAsync(ct);
        if (pending.Count > 0)
        {
            var summary = await reprojector.ReprojectAsync(pending, progress: null, ct);
            logger.LogInformation("Measured {Cases} completed cases on the promise clock (提速率), {Days} town-days updated",
                summary.Subjects.Count, summary.Days.Count);
        }
        return pending.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the rest is picked up at the next start.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Measuring existing cases on the promise clock failed; the next start tries again");
        }
    }
}
