using Supervision.Web.Common;

namespace Supervision.Web.Components.Pages.ProcessingTimes;

/// <summary>Figure 5 as table cells (zh-CN): working days with two or one decimals, shares as percent, “—” without a value.</summary>
public static class ProcessingCells
{
    public static string Mean(ProcessingFigures f) => ZhFormat.Number(Required(f).MeanDays, 2);

    /// <summary>Median and p90 come from 0.1-day bins and are their upper edge: “at most”.</summary>
    public static string Median(ProcessingFigures f) => AtMost(Required(f).MedianDays);

    public static string P90(ProcessingFigures f) => AtMost(Required(f).P90Days);

    public static string SpeedUp(ProcessingFigures f) => Required(f).SpeedUpRate.ToString();

    /// <summary>Used ÷ promised as a percent (125.0% took a quarter longer than promised).</summary>
    public static string UsedOverPromised(ProcessingFigures f) =>
        Required(f).UsedOverPromised is { } v ? new Ratio(v, 1).ToString() : Ratio.NoValue;

    private static string AtMost(decimal? days) => days is { } d ? "≤ " + ZhFormat.Number(d, 1) : ZhFormat.None;

    private static ProcessingFigures Required(ProcessingFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f;
    }
}
