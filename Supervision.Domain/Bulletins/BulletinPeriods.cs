using Supervision.Domain.Figures;

namespace Supervision.Domain.Bulletins;

/// <summary>
/// Which period a bulletin covers, from the options the page, the API and the CLI share:
/// an ISO week (<c>2020-W40</c>), a month (<c>2020-10</c>) or a custom range (from/to, both included).
/// Every rejection is a <see cref="DomainException"/> with a Chinese message the caller shows as is.
/// </summary>
public static partial class BulletinPeriods
{
    /// <summary>Exactly one of <paramref name="week"/>, <paramref name="month"/> or both of <paramref name="from"/>/<paramref name="to"/>.</summary>
    public static Period Parse(string? week, string? month, string? from, string? to)
    {
        var hasWeek = !string.IsNullOrWhiteSpace(week);
        var hasMonth = !string.IsNullOrWhiteSpace(month);
        var hasRange = !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        if ((hasWeek ? 1 : 0) + (hasMonth ? 1 : 0) + (hasRange ? 1 : 0) != 1)
        {
            throw new DomainException("请且只能指定一种通报时间段：周（如 2020-W40）、月（如 2020-10）或起止日期（如 2020-10-01 至 2020-10-31）。");
        }
        if (hasWeek)
        {
            var m = WeekPattern().Match(week!.Trim());
            if (!m.Success)
            {
                throw new DomainException($"无法识别周“{week}”：应为 ISO 周，如 2020-W40。");
            }
            return Period.Week(Int(m.Groups[1].Value), Int(m.Groups[2].Value));
        }
        if (hasMonth)
        {
            var m = MonthPattern().Match(month!.Trim());
            if (!m.Success)
            {
                throw new DomainException($"无法识别月份“{month}”：应为 2020-10 这样的年-月。");
            }
            return Period.Month(Int(m.Groups[1].Value), Int(m.Groups[2].Value));
        }
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            throw new DomainException("自定义时间段需要同时指定开始日期和结束日期（如 2020-10-01 和 2020-10-31）。");
        }
        return Period.Range(Date(from, "开始日期"), Date(to, "结束日期"));
    }

    /// <summary>
    /// A bulletin reports on days that are over: a period that has not started, or has not ended by
    /// yesterday, would publish figures that still change.
    /// </summary>
    public static void EnsureIssuable(Period period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Start > today)
        {
            throw new DomainException($"{period.Label}是未来的时间段（今天是{ZhDate(today)}），不能印发通报。");
        }
        if (period.End >= today)
        {
            throw new DomainException($"{period.Label}尚未结束（今天是{ZhDate(today)}），只能对已结束的时间段印发通报。");
        }
    }

    /// <summary>The period just before, of the same kind and length, for the “较上期” comparison.</summary>
    public static Period Previous(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Week => Period.WeekOf(period.Start.AddDays(-7)),
            PeriodKind.Month => Period.Month(period.Start.AddMonths(-1).Year, period.Start.AddMonths(-1).Month),
            PeriodKind.Day => Period.Day(period.Start.AddDays(-1)),
            _ => Period.Range(period.Start.AddDays(-period.DayCount), period.Start.AddDays(-1)),
        };
    }

    /// <summary>The most recent ISO week that is over by <paramref name="today"/>: the page's default choice.</summary>
    public static Period LastFullWeek(DateOnly today) => Period.WeekOf(today.AddDays(-7));

    public static string ZhDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private static DateOnly Date(string text, string what) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new DomainException($"无法识别{what}“{text}”：应为 2020-10-01 这样的日期。");

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-[Ww](\d{1,2})$")]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")]
    private static partial Regex MonthPattern();
}
