namespace Supervision.Web.Export.Excel;

/// <summary>Excel number formats shared by the bulletin (ClosedXML) and the streamed exports (OpenXmlWriter).</summary>
internal static class ExcelFormats
{
    public const string Percent = "0.0%";
    public const string WholePercent = "0%";
    public const string Date = "yyyy\"年\"m\"月\"d\"日\"";
    public const string DateTime = "yyyy\"年\"m\"月\"d\"日\" hh:mm";

    /// <summary>
    /// Instants in a bulletin's printed tables: the year is in every sheet's subtitle, and without it in each cell a
    /// table of six instants still prints at a readable scale.
    /// </summary>
    public const string DayTime = "m\"月\"d\"日\" hh:mm";
    public const string Integer = "#,##0";
    public const string OneDecimal = "0.0";
    public const string TwoDecimals = "0.00";

    /// <summary>A share as Excel stores a percentage: the published, rounded percent (93.5 % → 0.935), so a sheet and the API agree digit for digit.</summary>
    public static double? PercentValue(Domain.Figures.Ratio ratio) => ratio.Percent is { } p ? (double)(p / 100m) : null;

    /// <summary>An instant as a China-local wall-clock time (Excel has no offsets).</summary>
    public static System.DateTime Local(DateTimeOffset instant) => instant.ToOffset(Domain.Calendar.WorkingCalendar.ChinaOffset).DateTime;
}
