using Supervision.Domain.Reference;
using Supervision.Tests.Web.Components.Pages;

namespace Supervision.Tests.Web.Management;

public sealed class PilotProgressServiceTests : ListsWorld
{
    private PilotProgressService Service => Context.Services.GetRequiredService<PilotProgressService>();

    private async Task<long> AddTaskAsync()
    {
        var task = new PilotTask { TownCode = Nanma, Key = "plan", Phase = PilotPhase.Mobilisation, Name = "制定试点实施方案", DueDate = new DateOnly(2020, 5, 31) };
        await SeedAsync(db => db.PilotTasks.Add(task));
        return task.Id;
    }

    [Fact]
    public async Task Editing_the_pilot_list_and_a_roll_out_date_is_audited_and_takes_effect_on_the_next_read()
    {
        var cache = Context.Services.GetRequiredService<ReadReferenceCache>();
        var before = (await cache.GetAsync(default)).Standings.Single(h => h.Town == Yuezhuang);
        Assert.False(TargetRules.Applies(TargetApplicability.PilotCoverage, before, Period.Month(2020, 12)));

        await Service.SetStandingAsync(new PilotStandingInput(Yuezhuang, false, new DateOnly(2020, 12, 1)), default);
        await Service.SetStandingAsync(new PilotStandingInput(Lishan, false, null), default);

        var after = await cache.GetAsync(default);
        Assert.True(TargetRules.Applies(TargetApplicability.PilotCoverage, after.Standings.Single(h => h.Town == Yuezhuang), Period.Month(2020, 12)));
        Assert.False(TargetRules.Applies(TargetApplicability.PilotCoverage, after.Standings.Single(h => h.Town == Lishan), Period.Month(2020, 12)));
        Assert.Equal([(ManagementActions.PilotStandingChanged, Yuezhuang), (ManagementActions.PilotStandingChanged, Lishan)], ManagementAudit.Entries);
    }

    [Fact]
    public async Task A_pilot_needs_no_roll_out_date_and_only_an_admin_edits_the_pilot_list()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.SetStandingAsync(new PilotStandingInput(Yuezhuang, true, new DateOnly(2020, 12, 1)), default));
        Assert.Equal("悦庄镇是试点镇街，试点目标本来就适用，不需要推广日期。", error.Message);

        Access.Allowed = false;
        await Assert.ThrowsAsync<ManagementDeniedException>(() => Service.SetStandingAsync(new PilotStandingInput(Yuezhuang, true, null), default));
        await using var db = Database.CreateContext();
        Assert.False((await db.Towns.SingleAsync(t => t.Code == Yuezhuang)).IsPilot);
        Assert.Empty(ManagementAudit.Entries);
    }

    [Fact]
    public async Task Recording_progress_saves_status_date_and_note()
    {
        var id = await AddTaskAsync();

        await Service.RecordProgressAsync(new PilotProgress(id, PilotTaskStatus.Done, new DateOnly(2020, 5, 28), "  已报县局备案 "), default);

        await using var db = Database.CreateContext();
        var task = await db.PilotTasks.SingleAsync(t => t.Id == id);
        Assert.Equal(PilotTaskStatus.Done, task.Status);
        Assert.Equal(new DateOnly(2020, 5, 28), task.CompletedOn);
        Assert.Equal("已报县局备案", task.Note);
        Assert.False(task.IsOverdue(new DateOnly(2020, 10, 15)));
    }

    [Fact]
    public async Task A_finished_task_needs_its_completion_date()
    {
        var id = await AddTaskAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RecordProgressAsync(new PilotProgress(id, PilotTaskStatus.Done, null, null), default));

        Assert.Equal("标记为“已完成”时必须填写完成日期。", error.Message);
    }

    [Fact]
    public async Task A_completion_date_in_the_future_is_refused()
    {
        var id = await AddTaskAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RecordProgressAsync(new PilotProgress(id, PilotTaskStatus.Done, new DateOnly(2020, 10, 16), null), default));

        Assert.Equal("完成日期2020年10月16日晚于今天（2020年10月15日）。", error.Message);
    }

    [Fact]
    public async Task A_missing_task_is_reported_in_chinese()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RecordProgressAsync(new PilotProgress(999, PilotTaskStatus.InProgress, null, null), default));

        Assert.Equal("试点任务不存在，可能已被删除，请刷新页面。", error.Message);
    }

    [Fact]
    public async Task An_evaluation_is_appended_and_earlier_ones_are_kept()
    {
        await Service.RecordEvaluationAsync(new PilotEvaluationInput(Nanma, PilotEvaluationResult.RecheckAfterRectification, new DateOnly(2020, 10, 9), "县行政审批服务局督查科", "综合窗口比例不足"), default);
        await Service.RecordEvaluationAsync(new PilotEvaluationInput(Nanma, PilotEvaluationResult.Passed, new DateOnly(2020, 10, 14), "县行政审批服务局督查科", null), default);

        await using var db = Database.CreateContext();
        var results = await db.Set<PilotEvaluation>().Where(e => e.TownCode == Nanma).OrderBy(e => e.EvaluatedOn).Select(e => e.Result).ToListAsync();
        Assert.Equal([PilotEvaluationResult.RecheckAfterRectification, PilotEvaluationResult.Passed], results);
    }

    [Fact]
    public async Task An_evaluation_needs_an_evaluator()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RecordEvaluationAsync(new PilotEvaluationInput(Nanma, PilotEvaluationResult.Passed, new DateOnly(2020, 10, 14), "  ", null), default));

        Assert.Equal("请填写验收人。", error.Message);
    }

    [Fact]
    public async Task A_failed_evaluation_needs_a_note()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RecordEvaluationAsync(new PilotEvaluationInput(Nanma, PilotEvaluationResult.Failed, new DateOnly(2020, 10, 14), "督查科", null), default));

        Assert.Equal("验收结果为“不通过”时必须填写说明（存在的问题和整改要求）。", error.Message);
    }

    [Fact]
    public async Task Only_pilot_towns_can_be_evaluated()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RecordEvaluationAsync(new PilotEvaluationInput(Yuezhuang, PilotEvaluationResult.Passed, new DateOnly(2020, 10, 14), "督查科", null), default));

        Assert.Equal("悦庄镇不是试点镇街，不能进行试点验收。", error.Message);
    }

    [Fact]
    public async Task A_user_who_is_not_a_county_administrator_cannot_record_an_evaluation()
    {
        Access.Allowed = false;

        var error = await Assert.ThrowsAsync<ManagementDeniedException>(() =>
            Service.RecordEvaluationAsync(new PilotEvaluationInput(Nanma, PilotEvaluationResult.Passed, new DateOnly(2020, 10, 14), "督查科", null), default));

        Assert.Equal("只有县局管理员可以修改事项进驻、试点进度和验收评价。", error.Message);
    }
}
