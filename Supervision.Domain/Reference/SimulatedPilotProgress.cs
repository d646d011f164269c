namespace Supervision.Domain.Reference;

/// <summary>
/// How the demo's pilot towns get through their tasks: most finish on or a few days before the due
/// date, some a few days late, and a few are still open past it — the mix a 试点进度 sheet shows in
/// practice, instead of every task 逾期未完成. Each task's fate is fixed by the seed, its town and key,
/// so a resumed simulation tells the same story.
/// </summary>
public static class SimulatedPilotProgress
{
    /// <summary>Share (per cent) of tasks finished on time, and of those finished late; the rest stay open.</summary>
    public const int OnTimePercent = 72;
    public const int LatePercent = 18;

    /// <summary>Days before the due date a task is 进行中 at the latest.</summary>
    public const int WorkDays = 30;

    /// <summary>The task's status and completion day on <paramref name="today"/>.</summary>
    public static (PilotTaskStatus Status, DateOnly? CompletedOn) On(PilotTask task, int seed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        var completion = PlannedCompletion(task, seed);
        if (completion is { } done && done <= today)
        {
            return (PilotTaskStatus.Done, done);
        }
        return (today >= task.DueDate.AddDays(-WorkDays) ? PilotTaskStatus.InProgress : PilotTaskStatus.NotStarted, null);
    }

    /// <summary>The day the task will be finished, or null for a task that stays open.</summary>
    public static DateOnly? PlannedCompletion(PilotTask task, int seed)
    {
        ArgumentNullException.ThrowIfNull(task);
        var hash = Hash($"{seed}|{task.TownCode}|{task.Key}");
        var fate = (int)(hash % 100);
        var days = (int)(hash / 100 % 9);
        return fate switch
        {
            < OnTimePercent => task.DueDate.AddDays(-(days % 6)),
            < OnTimePercent + LatePercent => task.DueDate.AddDays(1 + days),
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="next"/> is ahead of <paramref name="current"/>: simulated progress never undoes any.</summary>
    public static bool IsAhead(PilotTaskStatus next, PilotTaskStatus current) => next > current;

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
