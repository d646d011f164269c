using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Management;

/// <summary>Progress of one pilot task: its status, the day it was finished (when done) and a note.</summary>
public sealed record PilotProgress(long TaskId, PilotTaskStatus Status, DateOnly? CompletedOn, string? Note);

/// <summary>The bureau's acceptance evaluation (验收) of a pilot town.</summary>
public sealed record PilotEvaluationInput(string TownCode, PilotEvaluationResult Result, DateOnly EvaluatedOn, string Evaluator, string? Note);

/// <summary>Whether a town is a pilot and, for a non-pilot, its roll-out date (推广日期), from which the pilot targets apply to it.</summary>
public sealed record PilotStandingInput(string TownCode, bool IsPilot, DateOnly? RolloutDate);

/// <summary>Records pilot progress, acceptance evaluations and the pilot list with roll-out dates for the county bureau.</summary>
public sealed class PilotProgressService(
    IDbContextFactory<SupervisionDbContext> contexts,
    IManagementAccess access,
    IManagementAudit audit,
    TimeProvider time,
    IEnumerable<IReferenceDataListener> listeners)
{
    private const int MaxNoteLength = 2000;

    /// <exception cref="ManagementDeniedException">The user is not a county administrator.</exception>
    /// <exception cref="DomainException">The progress is invalid (Chinese message for the user).</exception>
    public async Task<PilotTask> RecordProgressAsync(PilotProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await EnsureCanManageAsync(cancellationToken);
        var note = Clean(progress.Note);
        if (progress.Status == PilotTaskStatus.Done && progress.CompletedOn is null)
        {
            throw new DomainException("标记为“已完成”时必须填写完成日期。");
        }
        if (progress.Status != PilotTaskStatus.Done && progress.CompletedOn is not null)
        {
            throw new DomainException("只有“已完成”的任务才能填写完成日期。");
        }
        if (progress.CompletedOn is { } done && done > Today())
        {
            throw new DomainException($"完成日期{ZhFormat.Date(done)}晚于今天（{ZhFormat.Date(Today())}）。");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.PilotTasks.FirstOrDefaultAsync(t => t.Id == progress.TaskId, cancellationToken)
            ?? throw new DomainException("试点任务不存在，可能已被删除，请刷新页面。");
        task.Status = progress.Status;
        task.CompletedOn = progress.CompletedOn;
        task.Note = note;
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(ManagementActions.PilotProgressRecorded, $"{task.TownCode}/{task.Key}",
            new { progress.Status, progress.CompletedOn, Note = note }, cancellationToken);
        return task;
    }

    /// <exception cref="ManagementDeniedException">The user is not a county administrator.</exception>
    /// <exception cref="DomainException">The evaluation is invalid (Chinese message for the user).</exception>
    public async Task<PilotEvaluation> RecordEvaluationAsync(PilotEvaluationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureCanManageAsync(cancellationToken);
        var evaluator = input.Evaluator?.Trim() ?? "";
        var note = Clean(input.Note);
        if (evaluator.Length == 0)
        {
            throw new DomainException("请填写验收人。");
        }
        if (evaluator.Length > 200)
        {
            throw new DomainException("验收人不能超过 200 个字。");
        }
        if (!Enum.IsDefined(input.Result))
        {
            throw new DomainException("请选择验收结果：通过、不通过或整改后复验。");
        }
        if (input.Result != PilotEvaluationResult.Passed && note is null)
        {
            throw new DomainException($"验收结果为“{ZhNames.Of(input.Result)}”时必须填写说明（存在的问题和整改要求）。");
        }
        if (input.EvaluatedOn > Today())
        {
            throw new DomainException($"验收日期{ZhFormat.Date(input.EvaluatedOn)}晚于今天（{ZhFormat.Date(Today())}）。");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var town = await db.Towns.AsNoTracking().FirstOrDefaultAsync(t => t.Code == input.TownCode, cancellationToken)
            ?? throw new DomainException($"未知镇街代码“{input.TownCode}”。");
        if (!town.IsPilot)
        {
            throw new DomainException($"{town.Name}不是试点镇街，不能进行试点验收。");
        }
        var evaluation = new PilotEvaluation
        {
            TownCode = town.Code,
            Result = input.Result,
            EvaluatedOn = input.EvaluatedOn,
            Evaluator = evaluator,
            Note = note,
            RecordedAt = time.GetUtcNow(),
        };
        db.Set<PilotEvaluation>().Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(ManagementActions.PilotEvaluationRecorded, town.Code,
            new { input.Result, input.EvaluatedOn, Evaluator = evaluator, Note = note }, cancellationToken);
        return evaluation;
    }

    /// <summary>
    /// Makes a town a pilot or not and sets a non-pilot's roll-out date; the targets that apply to it
    /// change from the next figure read (the read side's reference cache is told).
    /// </summary>
    /// <exception cref="ManagementDeniedException">The user is not a county administrator.</exception>
    /// <exception cref="DomainException">The input is invalid or changes nothing (Chinese message for the user).</exception>
    public async Task<Town> SetStandingAsync(PilotStandingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureCanManageAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var town = await db.Towns.FirstOrDefaultAsync(t => t.Code == input.TownCode, cancellationToken)
            ?? throw new DomainException($"未知镇街代码“{input.TownCode}”。");
        if (input.IsPilot && input.RolloutDate is not null)
        {
            throw new DomainException($"{town.Name}是试点镇街，试点目标本来就适用，不需要推广日期。");
        }
        if (town.IsPilot == input.IsPilot && town.RolloutDate == input.RolloutDate)
        {
            throw new DomainException($"{town.Name}的试点设置没有变化。");
        }
        var before = new { town.IsPilot, town.RolloutDate };
        town.IsPilot = input.IsPilot;
        town.RolloutDate = input.RolloutDate;
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(ManagementActions.PilotStandingChanged, town.Code,
            new { Before = before, After = new { town.IsPilot, town.RolloutDate } }, cancellationToken);
        foreach (var listener in listeners)
        {
            listener.ReferenceDataChanged();
        }
        return town;
    }

    private async Task EnsureCanManageAsync(CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(cancellationToken))
        {
            throw new ManagementDeniedException();
        }
    }

    private DateOnly Today() => WorkingCalendar.LocalDate(time.GetUtcNow());

    private static string? Clean(string? note)
    {
        var trimmed = note?.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            throw new DomainException($"说明不能超过 {MaxNoteLength} 个字。");
        }
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
