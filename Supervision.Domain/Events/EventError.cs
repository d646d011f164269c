namespace Supervision.Domain.Events;

/// <summary>Why one event of a batch was refused. <see cref="Reason"/> is Simplified Chinese.</summary>
public sealed record EventError(int Index, string? Id, string Reason);

/// <summary>
/// A batch failed validation. Nothing of it was written: one bad event rejects the whole batch.
/// </summary>
public sealed class EventBatchRejectedException(IReadOnlyList<EventError> errors)
    : Exception($"事件批次被拒绝：{errors.Count} 个事件无效。")
{
    public IReadOnlyList<EventError> Errors { get; } = errors;
}
