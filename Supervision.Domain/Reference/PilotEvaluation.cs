namespace Supervision.Domain.Reference;

public enum PilotEvaluationResult
{
    Passed = 1,                    // 通过
    Failed = 2,                    // 不通过
    RecheckAfterRectification = 3, // 整改后复验
}

/// <summary>
/// The bureau's acceptance evaluation (验收) of one pilot town in the summary phase. Each evaluation
/// is kept (a failed or conditional one is followed by a re-check), so a town's latest row is its
/// current verdict.
/// </summary>
public sealed class PilotEvaluation
{
    public long Id { get; set; }
    public required string TownCode { get; init; }
    public PilotEvaluationResult Result { get; init; }
    public DateOnly EvaluatedOn { get; init; }
    public required string Evaluator { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
