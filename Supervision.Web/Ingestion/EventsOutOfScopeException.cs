namespace Supervision.Web.Ingestion;

/// <summary>
/// The caller may report for one town only and the batch holds events of others; nothing was written.
/// </summary>
public sealed class EventsOutOfScopeException(string townScope, IReadOnlyList<EventError> events)
    : Exception($"事件批次被拒绝：{events.Count} 个事件不属于镇街 {townScope}。")
{
    public string TownScope { get; } = townScope;
    public IReadOnlyList<EventError> Events { get; } = events;
}
