using Supervision.Domain.Reference;
using Supervision.Web.Components.Pages.Pilot;

namespace Supervision.Tests.Web.Components.Pages.Pilot;

public sealed class PilotPageTests : ListsWorld
{
    private Task SeedTasksAsync() => SeedAsync(db =>
    {
        db.PilotTasks.AddRange(
            new PilotTask { TownCode = Nanma, Key = "plan", Phase = PilotPhase.Mobilisation, Name = "制定试点实施方案", DueDate = new DateOnly(2020, 5, 31), Status = PilotTaskStatus.Done, CompletedOn = new DateOnly(2020, 5, 28) },
            new PilotTask { TownCode = Nanma, Key = "hall", Phase = PilotPhase.Implementation, Name = "大厅升级改造", DueDate = new DateOnly(2020, 7, 31), Status = PilotTaskStatus.InProgress },
            new PilotTask { TownCode = Nanma, Key = "review", Phase = PilotPhase.Summary, Name = "总结评估", DueDate = new DateOnly(2020, 11, 30) });
        db.Set<PilotEvaluation>().Add(new PilotEvaluation { TownCode = Lishan, Result = PilotEvaluationResult.Passed, EvaluatedOn = new DateOnly(2020, 10, 12), Evaluator = "督查科" });
    });

    [Fact]
    public async Task Tasks_are_grouped_by_phase_with_due_dates_and_overdue_ones_are_highlighted()
    {
        await SeedTasksAsync();

        var cut = RenderPage<PilotPage>();

        WaitFor(cut, () => Assert.Equal(["动员部署", "全面实施", "总结推广"], cut.FindAll(".pilot-phase").Select(p => p.TextContent.Trim())));
        var overdue = Assert.Single(cut.FindAll(".pilot-task-overdue"));
        Assert.Contains("大厅升级改造", overdue.TextContent);
        Assert.Contains("2020年7月31日", overdue.TextContent);
        Assert.Contains("已逾期", overdue.TextContent);
        Assert.Equal("逾期 1 项", cut.Find(".pilot-overdue-count").TextContent.Trim());
    }

    [Fact]
    public async Task Each_pilot_town_shows_its_latest_acceptance_evaluation()
    {
        await SeedTasksAsync();

        var cut = RenderPage<PilotPage>();

        WaitFor(cut, () => Assert.Equal(
            ["验收：尚未验收", "验收：通过（2020年10月12日，督查科）"],
            cut.FindAll(".pilot-evaluation").Select(e => e.TextContent.Trim())));
        Assert.Contains(cut.FindAll(".pilot-town a"), a => a.GetAttribute("href") == $"/towns/{Nanma}");
    }

    [Fact]
    public async Task County_administrators_get_progress_and_evaluation_controls()
    {
        await SeedTasksAsync();

        var cut = RenderPage<PilotPage>();

        WaitFor(cut, () => Assert.Equal(3, cut.FindAll(".edit-task").Count));
        Assert.Equal(2, cut.FindAll(".pilot-evaluation-form").Count);
    }

    [Fact]
    public async Task Other_users_see_progress_without_controls()
    {
        Access.Allowed = false;
        await SeedTasksAsync();

        var cut = RenderPage<PilotPage>();

        WaitFor(cut, () => Assert.Equal(3, cut.FindAll(".pilot-tasks tbody tr").Count));
        Assert.Empty(cut.FindAll(".edit-task"));
        Assert.Empty(cut.FindAll(".pilot-evaluation-form"));
    }

    [Fact]
    public async Task Recording_progress_from_the_page_updates_the_task()
    {
        await SeedTasksAsync();
        var cut = RenderPage<PilotPage>();
        WaitFor(cut, () => Assert.Equal(3, cut.FindAll(".edit-task").Count));

        cut.FindAll(".edit-task")[1].Click();
        cut.Find(".pilot-task-editor input:not([readonly])").Change("改造完成待验收");
        cut.Find(".save-task").Click();

        WaitFor(cut, () => Assert.Contains("改造完成待验收", cut.FindAll(".pilot-task-overdue").Single().TextContent));
    }
}
