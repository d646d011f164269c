namespace Supervision.Domain.Reference;

public enum PilotPhase
{
    Mobilisation = 1,   // 动员部署
    Implementation = 2, // 全面实施
    Summary = 3,        // 总结推广
}

public enum PilotTaskStatus
{
    NotStarted = 1, // 未开始
    InProgress = 2, // 进行中
    Done = 3,       // 已完成
}

/// <summary>One phase task of a pilot town's plan, with its due date.</summary>
public sealed class PilotTask
{
    public long Id { get; set; }
    public required string TownCode { get; init; }
    public required string Key { get; init; }
    public PilotPhase Phase { get; set; }
    public required string Name { get; set; }
    public DateOnly DueDate { get; set; }
    public PilotTaskStatus Status { get; set; } = PilotTaskStatus.NotStarted;
    public DateOnly? CompletedOn { get; set; }
    public string? Note { get; set; }

    public bool IsOverdue(DateOnly today) => Status != PilotTaskStatus.Done && today > DueDate;
}
