using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Simulation;

/// <summary>
/// Moves the pilot tasks of the demo forward as simulated days pass (<see cref="SimulatedPilotProgress"/>).
/// It only ever advances a task: progress recorded by the county admin that is further along stays.
/// </summary>
internal sealed class PilotProgressSimulation(IDbContextFactory<SupervisionDbContext> contexts, SimulatorRuntime runtime)
{
    private DateOnly? _done;

    /// <summary>Brings every task up to the simulated <paramref name="now"/>; once per simulated day.</summary>
    public async Task AdvanceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = WorkingCalendar.LocalDate(now);
        if (_done == today)
        {
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var task in await db.PilotTasks.ToListAsync(cancellationToken))
        {
            var (status, completedOn) = SimulatedPilotProgress.On(task, runtime.Options.Seed, today);
            if (SimulatedPilotProgress.IsAhead(status, task.Status))
            {
                (task.Status, task.CompletedOn) = (status, completedOn);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        _done = today;
    }
}
