namespace Supervision.Domain.Reference;

/// <summary>
/// From <see cref="EffectiveFrom"/> on, an item's 承诺时限 and 法定时限. Kept as history, never
/// overwritten, so a case is judged by the limits in force when it was accepted, even after the
/// catalogue changes and the projections are rebuilt.
/// </summary>
public sealed class ItemLimitChange
{
    public long Id { get; set; }
    public required string ItemCode { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public int PromisedDays { get; init; }
    public int StatutoryDays { get; init; }
}

/// <summary>
/// From <see cref="EffectiveFrom"/> on, a window's kind (窗口整合 turns 专业 windows into 综合受理 ones).
/// Kept as history so the one-window share of past days keeps the kinds those days had.
/// </summary>
public sealed class WindowKindChange
{
    public long Id { get; set; }
    public required string WindowCode { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public WindowKind Kind { get; init; }
}
