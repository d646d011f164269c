using Supervision.Domain.Calendar;

namespace Supervision.Domain.Figures;

public enum PeriodKind
{
    Day = 1,        // 2020-10-09
    Week = 2,       // 2020-W41 (ISO 8601: Monday–Sunday, week 1 holds the year's first Thursday)
    Month = 3,      // 2020-10
    Range = 4,      // 2020-10-01..2020-10-31 (both ends included)
    TodaySoFar = 5, // today: from local midnight up to AsOf
}

/// <summary>
/// A span of China-local calendar days that figures are summed over. Days are China Standard Time
/// dates (UTC+8), so an event at 2020-12-31T17:00Z belongs to 2021-01-01 and to ISO week 2020-W53.
/// Text forms: <c>2020-10-09</c>, <c>2020-W41</c>, <c>2020-10</c>, <c>2020-10-01..2020-10-31</c>, <c>today</c>.
/// </summary>
public sealed partial record Period
{
    private Period(PeriodKind kind, DateOnly start, DateOnly end, DateTimeOffset? asOf)
    {
        Kind = kind;
        Start = start;
        End = end;
        AsOf = asOf;
    }

    public PeriodKind Kind { get; }

    /// <summary>First day, included.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day, included.</summary>
    public DateOnly End { get; }

    /// <summary>For <see cref="PeriodKind.TodaySoFar"/>: the instant the figures run up to.</summary>
    public DateTimeOffset? AsOf { get; }

    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    public static Period Day(DateOnly day) => new(PeriodKind.Day, day, day, null);

    public static Period Month(int year, int month)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new DomainException($"月份 {year}-{month:00} 不存在。");
        }
        var start = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, start, start.AddMonths(1).AddDays(-1), null);
    }

    /// <summary>ISO week <paramref name="week"/> of ISO year <paramref name="isoYear"/>, Monday to Sunday.</summary>
    public static Period Week(int isoYear, int week)
    {
        if (isoYear is < 2 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(isoYear))
        {
            throw new DomainException($"{isoYear} 年没有第 {week} 周（ISO 周）。");
        }
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        return new(PeriodKind.Week, monday, monday.AddDays(6), null);
    }

    /// <summary>The ISO week that holds <paramref name="day"/>; early January can belong to the previous ISO year.</summary>
    public static Period WeekOf(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return Week(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    public static Period Range(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new DomainException($"时间段结束日 {end:yyyy-MM-dd} 早于开始日 {start:yyyy-MM-dd}。");
        }
        return new(PeriodKind.Range, start, end, null);
    }

    /// <summary>Today in China time, from local midnight up to <paramref name="now"/>.</summary>
    public static Period TodaySoFar(DateTimeOffset now)
    {
        var today = WorkingCalendar.LocalDate(now);
        return new(PeriodKind.TodaySoFar, today, today, now.ToOffset(WorkingCalendar.ChinaOffset));
    }

    /// <summary>ISO year and week number of the period's first day (for a week: the week itself).</summary>
    public (int Year, int Week) IsoWeek
    {
        get
        {
            var dt = Start.ToDateTime(TimeOnly.MinValue);
            return (ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
        }
    }

    /// <param name="now">Needed only for <c>today</c>; the current instant from a <see cref="TimeProvider"/>.</param>
    public static Period Parse(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t == "today")
        {
            return TodaySoFar(now);
        }
        if (WeekPattern().Match(t) is { Success: true } w)
        {
            return Week(Int(w.Groups[1].Value), Int(w.Groups[2].Value));
        }
        if (MonthPattern().Match(t) is { Success: true } m)
        {
            return Month(Int(m.Groups[1].Value), Int(m.Groups[2].Value));
        }
        var dots = t.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0 && TryDate(t[..dots], out var from) && TryDate(t[(dots + 2)..], out var to))
        {
            return Range(from, to);
        }
        if (TryDate(t, out var day))
        {
            return Day(day);
        }
        throw new DomainException(
            $"无法识别时间段“{text}”：应为 2020-10-09（日）、2020-W41（ISO 周）、2020-10（月）、2020-10-01..2020-10-31（区间）或 today（今日截至当前）。");
    }

    /// <summary>The canonical text form that <see cref="Parse"/> accepts.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Day => Iso(Start),
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{IsoWeek.Year:0000}-W{IsoWeek.Week:00}"),
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Range => $"{Iso(Start)}..{Iso(End)}",
        _ => "today",
    };

    /// <summary>Chinese label for headings and bulletins, e.g. <c>2020年第41周（10月5日—10月11日）</c>.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Day => ZhDate(Start),
        PeriodKind.Week => $"{IsoWeek.Year}年第{IsoWeek.Week}周（{Start.Month}月{Start.Day}日—{End.Month}月{End.Day}日）",
        PeriodKind.Month => $"{Start.Year}年{Start.Month}月",
        PeriodKind.Range => $"{ZhDate(Start)}—{ZhDate(End)}",
        _ => $"今日（{ZhDate(Start)}，截至 {AsOf!.Value:HH:mm}）",
    };

    private static string ZhDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex MonthPattern();
}
