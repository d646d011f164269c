using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Pilot;

/// <summary>A pilot town's plan: its tasks by phase and due date, and its acceptance evaluations, newest first.</summary>
public sealed record PilotTown(Town Town, IReadOnlyList<PilotTask> Tasks, IReadOnlyList<PilotEvaluation> Evaluations)
{
    public PilotEvaluation? LatestEvaluation => Evaluations.Count == 0 ? null : Evaluations[0];
}

public sealed class PilotReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>Every town with its pilot flag and roll-out date, in code order.</summary>
    public async Task<IReadOnlyList<Town>> GetTownsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Towns.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PilotTown>> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var towns = await db.Towns.AsNoTracking().Where(t => t.IsPilot).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var codes = towns.Select(t => t.Code).ToList();
        var tasks = await db.PilotTasks.AsNoTracking().Where(t => codes.Contains(t.TownCode)).ToListAsync(cancellationToken);
        var evaluations = await db.Set<PilotEvaluation>().AsNoTracking().Where(e => codes.Contains(e.TownCode)).ToListAsync(cancellationToken);
        return towns
            .Select(t => new PilotTown(
                t,
                tasks.Where(x => x.TownCode == t.Code).OrderBy(x => x.Phase).ThenBy(x => x.DueDate).ThenBy(x => x.Key, StringComparer.Ordinal).ToList(),
                evaluations.Where(e => e.TownCode == t.Code).OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.Id).ToList()))
            .ToList();
    }
}
