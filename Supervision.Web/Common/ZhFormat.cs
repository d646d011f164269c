namespace Supervision.Web.Common;

/// <summary>
/// The one place where pages turn numbers, instants and durations into zh-CN text, so every page
/// shows the same figure the same way. Missing values are always “—” (<see cref="Ratio.NoValue"/>).
/// </summary>
public static class ZhFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public const string None = Ratio.NoValue;

    /// <summary>1,234</summary>
    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A count that may be unknown (live parts of a past period).</summary>
    public static string Count(long? value) => value is { } v ? Count(v) : None;

    /// <summary>Marks a code the reference data do not name: 370323002-S11（未登记）.</summary>
    public const string Unregistered = "（未登记）";

    /// <summary>The name the reference data give <paramref name="code"/>, or the code marked <see cref="Unregistered"/>.</summary>
    public static string Named(IReadOnlyDictionary<string, string> names, string code)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.TryGetValue(code, out var name) ? name : code + Unregistered;
    }

    /// <summary>93.5% or —.</summary>
    public static string Percent(Ratio ratio) => ratio.ToString();

    /// <summary>“37 / 40”, the parts behind a percentage.</summary>
    public static string Parts(Ratio ratio) =>
        $"{ratio.Numerator.ToString("#,0.##", Culture)} / {ratio.Denominator.ToString("#,0.##", Culture)}";

    /// <summary>A target share as text, e.g. “≥ 90.0%”.</summary>
    public static string AtLeast(decimal share) => TargetText.AtLeast(share);

    /// <summary>2020年10月9日</summary>
    public static string Date(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    public static string Date(DateOnly? day) => day is { } d ? Date(d) : None;

    /// <summary>2020年10月9日 09:12 (China time), for records and timelines.</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var local = Local(instant);
        return $"{local.Year}年{local.Month}月{local.Day}日 {local.ToString("HH:mm", Culture)}";
    }

    public static string Instant(DateTimeOffset? instant) => instant is { } i ? Instant(i) : None;

    /// <summary>The China-local calendar day of an instant.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>A decimal with a fixed number of places and group separators; — without a value.</summary>
    public static string Number(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : None;

    public static string Number(double? value, int decimals) => Number(value is { } v ? (decimal)v : null, decimals);

    /// <summary>10月9日</summary>
    public static string ShortDate(DateOnly day) => $"{day.Month}月{day.Day}日";

    /// <summary>The instant in China Standard Time (UTC+8, no daylight saving).</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(WorkingCalendar.ChinaOffset);

    /// <summary>09:30 (China time).</summary>
    public static string Time(DateTimeOffset instant) => Local(instant).ToString("HH:mm", Culture);

    /// <summary>09:30:05 (China time), for “updated at” stamps that change more than once a minute.</summary>
    public static string LongTime(DateTimeOffset instant) => Local(instant).ToString("HH:mm:ss", Culture);

    /// <summary>10月9日 09:30 (China time).</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = Local(instant);
        return $"{local.Month}月{local.Day}日 {local.ToString("HH:mm", Culture)}";
    }

    public static string DateTime(DateTimeOffset? instant) => instant is { } i ? DateTime(i) : None;

    /// <summary>
    /// 10月12日17:30 (China time) for a moment in a sentence, such as a deadline in an alert: the year is
    /// said only when it is not the year of <paramref name="now"/> (2021年1月4日17:30).
    /// </summary>
    public static string Moment(DateTimeOffset instant, DateTimeOffset now)
    {
        var local = Local(instant);
        var year = local.Year == Local(now).Year ? "" : $"{local.Year}年";
        return $"{year}{local.Month}月{local.Day}日{local.ToString("HH:mm", Culture)}";
    }

    public static string Moment(DateTimeOffset? instant, DateTimeOffset now) => instant is { } i ? Moment(i, now) : None;

    /// <summary>
    /// A case's clock in words: 剩余 2 个工作日, 超期 3 个工作日, 暂停计时，剩余 2 个工作日, 超期 1 个工作日办结,
    /// 按时办结, 按时上报; — without a clock. Whether the count is 暂定 the page marks beside it.
    /// </summary>
    public static string TimeLeft(CaseTimeLeft left)
    {
        var days = $"{left.WorkingDays} 个工作日";
        return left switch
        {
            { Clock: CaseClock.Running, Overdue: false } => $"剩余 {days}",
            { Clock: CaseClock.Running } => $"超期 {days}",
            { Clock: CaseClock.Paused, Overdue: false } => $"暂停计时，剩余 {days}",
            { Clock: CaseClock.Paused } => $"暂停计时，已超期 {days}",
            { Clock: CaseClock.Completed, Overdue: false } => "按时办结",
            { Clock: CaseClock.Completed } => $"超期 {days}办结",
            { Clock: CaseClock.ReportedUp, Overdue: false } => "按时上报",
            { Clock: CaseClock.ReportedUp } => $"超期 {days}上报",
            _ => None,
        };
    }

    /// <summary>45 秒, 12 分钟, 1 小时 5 分钟; — when unknown.</summary>
    public static string Duration(long? seconds)
    {
        if (seconds is not { } s)
        {
            return None;
        }
        s = Math.Max(0, s);
        if (s < 60)
        {
            return $"{s} 秒";
        }
        var minutes = s / 60;
        if (minutes < 60)
        {
            return $"{minutes} 分钟";
        }
        return minutes % 60 == 0 ? $"{minutes / 60} 小时" : $"{minutes / 60} 小时 {minutes % 60} 分钟";
    }

    /// <summary>Seconds as minutes with one decimal (14.0 分钟), as docs/metrics.md shows waits.</summary>
    public static string Minutes(decimal? seconds) => seconds is { } s ? FigureMisses.Minutes(s) : None;

    /// <summary>Working days with two decimals (2.33 个工作日).</summary>
    public static string WorkingDays(decimal? days) =>
        days is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.00", Culture) + " 个工作日" : None;

    /// <summary>A 0–100 score with one decimal (73.4).</summary>
    public static string Score(decimal? score) =>
        score is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero).ToString("0.0", Culture) : None;

    /// <summary>A per-hall average of a county total, one decimal.</summary>
    public static string Average(decimal? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("#,0.0", Culture) : None;
}
