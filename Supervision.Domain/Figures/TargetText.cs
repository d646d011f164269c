namespace Supervision.Domain.Figures;

/// <summary>How a target reads in Chinese, the same in 未达标 marks, bulletins and the definitions page.</summary>
public static class TargetText
{
    public static string AtLeast(decimal share) => "≥ " + new Ratio(share, 1);

    public static string AtMost(decimal share) => "≤ " + new Ratio(share, 1);

    public static string AtMostMinutes(decimal minutes) => $"≤ {minutes.ToString("0.#", CultureInfo.InvariantCulture)} 分钟";

    public static string AtMostCases(int count) => $"≤ {count} 件";
}
