using Supervision.Domain.Reference;

namespace Supervision.Tests.Domain.Reference;

public sealed class SimulatedPilotProgressTests
{
    private static readonly DateOnly Due = new(2020, 7, 31);

    private static List<PilotTask> Tasks() =>
        Enumerable.Range(1, 200).Select(i => new PilotTask { TownCode = $"T{i % 12}", Key = $"task{i}", Name = "任务", DueDate = Due }).ToList();

    [Fact]
    public void Most_simulated_pilot_tasks_finish_on_time_some_late_and_a_few_stay_open()
    {
        var after = Due.AddDays(30);
        var outcomes = Tasks().Select(t => SimulatedPilotProgress.On(t, 42, after)).ToList();

        var onTime = outcomes.Count(o => o.Status == PilotTaskStatus.Done && o.CompletedOn <= Due);
        var late = outcomes.Count(o => o.Status == PilotTaskStatus.Done && o.CompletedOn > Due);
        var open = outcomes.Count(o => o.Status != PilotTaskStatus.Done);
        Assert.InRange(onTime, 120, 170);
        Assert.InRange(late, 15, 60);
        Assert.InRange(open, 5, 40);
    }

    [Fact]
    public void A_simulated_task_is_not_started_long_before_its_due_date_and_never_finished_in_the_future()
    {
        var task = Tasks()[0];
        Assert.Equal((PilotTaskStatus.NotStarted, null), SimulatedPilotProgress.On(task, 42, Due.AddDays(-60)));
        var today = Due.AddDays(-3);
        var (status, completed) = SimulatedPilotProgress.On(task, 42, today);
        Assert.True(status != PilotTaskStatus.Done || completed <= today);
    }

    [Fact]
    public void The_same_seed_tells_the_same_story() =>
        Assert.Equal(Tasks().Select(t => SimulatedPilotProgress.PlannedCompletion(t, 7)), Tasks().Select(t => SimulatedPilotProgress.PlannedCompletion(t, 7)));
}
