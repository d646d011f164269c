namespace Supervision.Domain.Reference;

public enum TownKind
{
    Subdistrict = 1, // 街道
    Town = 2,        // 镇
}

/// <summary>A township-level unit and its 便民服务中心 (one hall per town).</summary>
public sealed class Town
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public TownKind Kind { get; set; }
    public bool IsPilot { get; set; }
    public DateOnly? PilotStart { get; set; }
    public DateOnly? PilotEnd { get; set; }

    /// <summary>推广日期: for a non-pilot hall, the day the bureau extends the pilot targets to it (总结推广); null until set.</summary>
    public DateOnly? RolloutDate { get; set; }
}
