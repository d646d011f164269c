using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Components.Pages.ListsShared;

/// <summary>
/// zh-CN display forms shared by the list pages, so every page writes a date, an instant or a count
/// the same way. Instants are shown in China Standard Time (UTC+8, fixed offset).
/// </summary>
public static class ZhFormat
{
    public const string NoValue = "—";

    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>2020年10月9日</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : NoValue;

    /// <summary>10月9日, for chart axes and compact columns.</summary>
    public static string ShortDate(DateOnly date) => $"{date.Month}月{date.Day}日";

    /// <summary>2020年10月9日 09:12, in China time.</summary>
    public static string Instant(DateTimeOffset at)
    {
        var local = at.ToOffset(WorkingCalendar.ChinaOffset);
        return $"{Date(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
    }

    public static string Instant(DateTimeOffset? at) => at is { } a ? Instant(a) : NoValue;

    /// <summary>The China-local calendar day of an instant.</summary>
    public static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(WorkingCalendar.ChinaOffset).DateTime);

    /// <summary>1,234</summary>
    public static string Count(long value) => value.ToString("N0", Zh);

    /// <summary>A decimal with a fixed number of places (e.g. 2.33 working days); “—” when there is no value.</summary>
    public static string Number(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Zh) : NoValue;

    public static string Number(double? value, int decimals) => Number(value is { } v ? (decimal)v : null, decimals);

    /// <summary>Seconds as 分钟 with one decimal (840 s → 14.0 分钟); “—” without a value.</summary>
    public static string Minutes(decimal? seconds) => seconds is { } s ? $"{Number(s / 60m, 1)} 分钟" : NoValue;
}
