namespace Supervision.Domain.Figures;

/// <summary>
/// A figure that is a share: <see cref="Numerator"/> ÷ <see cref="Denominator"/>, both kept so every
/// published percentage can be checked by hand. An empty denominator has no value and is shown as
/// “—”: a hall with no completed cases has no on-time rate, it has neither 0 % nor 100 %.
/// </summary>
public readonly record struct Ratio(decimal Numerator, decimal Denominator)
{
    public const string NoValue = "—";

    public static Ratio Empty => new(0, 0);

    /// <summary>The share as a fraction (0.935 for 93.5 %); null when the denominator is 0.</summary>
    public decimal? Value => Denominator == 0 ? null : Numerator / Denominator;

    public bool HasValue => Denominator != 0;

    public static Ratio Of(long numerator, long denominator) => new(numerator, denominator);

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Numerator + b.Numerator, a.Denominator + b.Denominator);

    /// <summary>The value rounded to one decimal place of a percent, e.g. 93.5 (null when undefined).</summary>
    public decimal? Percent => Value is { } v ? Math.Round(v * 100m, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>zh-CN percent with one decimal, e.g. <c>93.5%</c>; <c>—</c> when undefined.</summary>
    public override string ToString() =>
        Percent is { } p ? p.ToString("0.0", Zh) + "%" : NoValue;

    /// <summary>
    /// The value per 1,000 of the denominator with two decimals, e.g. <c>2.50</c> complaints per
    /// 1,000 accepted cases; <c>—</c> when undefined.
    /// </summary>
    public string ToPerThousandString() =>
        Value is { } v ? Math.Round(v * 1000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", Zh) : NoValue;

    /// <summary>“37 / 40” — the parts, for tooltips and bulletins.</summary>
    public string PartsText => $"{Numerator.ToString("0.##", Zh)} / {Denominator.ToString("0.##", Zh)}";

    internal static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
}
