namespace Supervision.Domain.Reference;

/// <summary>
/// From <see cref="EffectiveFrom"/> on, whether an item is stationed (进驻) in a hall and enabled for
/// undifferentiated one-window acceptance (纳入一窗). Kept as history, never overwritten, so that
/// coverage "as of a date" can be answered for any date.
/// </summary>
public sealed class HallItemStatus
{
    public long Id { get; set; }
    public required string TownCode { get; init; }
    public required string ItemCode { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public bool Stationed { get; init; }
    public bool OneWindowEnabled { get; init; }
}
