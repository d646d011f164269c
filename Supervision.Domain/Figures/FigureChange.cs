namespace Supervision.Domain.Figures;

/// <summary>Which way a figure moved against the one it is compared with.</summary>
public enum ChangeDirection
{
    /// <summary>Nothing to compare with (the other side has no value): shown as “—”.</summary>
    None = 0,
    Same = 1,
    Up = 2,
    Down = 3,
}

/// <summary>
/// A figure against another of the same kind (the previous period, or the county): ▲/▼ and the
/// difference — in percentage points of the shown percentages for a rate, in the figure's unit for a
/// count. A rate whose other side has no value (an empty previous period) has no change (“—”), never
/// a change from 0 %.
/// </summary>
public sealed record FigureChange(ChangeDirection Direction, decimal Difference, string Unit)
{
    public static FigureChange Nothing { get; } = new(ChangeDirection.None, 0, "");

    /// <summary>Points between the shown (one-decimal) percentages, so the difference matches what is read.</summary>
    public static FigureChange Of(Ratio now, Ratio other) =>
        now.Percent is { } n && other.Percent is { } o ? Between(n, o, "个百分点") : Nothing;

    /// <param name="other">Null when there is nothing to compare with.</param>
    public static FigureChange Of(decimal? now, decimal? other, string unit) =>
        now is { } n && other is { } o ? Between(n, o, unit) : Nothing;

    private static FigureChange Between(decimal now, decimal other, string unit)
    {
        var d = now - other;
        return new(d > 0 ? ChangeDirection.Up : d < 0 ? ChangeDirection.Down : ChangeDirection.Same, Math.Abs(d), unit);
    }

    /// <summary>“▲ 2.5 个百分点”, “▼ 3 件”, “持平” or “—”.</summary>
    public string Text => Direction switch
    {
        ChangeDirection.None => Ratio.NoValue,
        ChangeDirection.Same => "持平",
        _ => $"{(Direction == ChangeDirection.Up ? "▲" : "▼")} {Difference.ToString("0.##", Ratio.Zh)} {Unit}".TrimEnd(),
    };
}
