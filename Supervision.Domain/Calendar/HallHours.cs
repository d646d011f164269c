namespace Supervision.Domain.Calendar;

/// <summary>
/// Daily opening hours of a hall, one continuous span: the halls keep a window staffed over lunch,
/// so no break is deducted from working time.
/// </summary>
public sealed record HallHours(TimeOnly Opening, TimeOnly Closing)
{
    public static HallHours Default { get; } = new(new TimeOnly(8, 30), new TimeOnly(17, 30));

    public TimeOnly Opening { get; init; } = Opening;

    // Validated here so that a bad configuration fails where it is read, not deep inside a projection.
    public TimeOnly Closing { get; init; } = Closing > Opening
        ? Closing
        : throw new ArgumentException($"大厅关门时间 {Closing:HH:mm} 必须晚于开门时间 {Opening:HH:mm}。", nameof(Closing));

    public TimeSpan Length => Closing - Opening;
}
