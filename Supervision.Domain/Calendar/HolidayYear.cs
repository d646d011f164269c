namespace Supervision.Domain.Calendar;

/// <summary>
/// One year's 放假安排 as the State Council publishes it: the days off and the make-up workdays
/// (调休上班) of <see cref="Year"/>. Days not listed follow the Mon–Fri rule.
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyList<HolidayDay> Days)
{
    /// <summary>The name a year's Spring Festival days carry; a kept year has at least one such day off.</summary>
    public const string SpringFestival = "春节";

    /// <summary>
    /// Every reason this schedule cannot be kept, in Chinese, one per problem; empty when it can.
    /// A year without 春节 is treated as a half-entered notice rather than a real one.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Year is < 2000 or > 2100)
        {
            problems.Add(Invariant($"年份 {Year} 无效，应在 2000 至 2100 之间。"));
            return problems;
        }
        var flags = new Dictionary<DateOnly, bool>();
        foreach (var day in Days.OrderBy(d => d.Date))
        {
            if (day.Date.Year != Year)
            {
                problems.Add(Invariant($"{day.Date:yyyy-MM-dd} 不在 {Year} 年内，不能列入 {Year} 年的放假安排。"));
            }
            if (string.IsNullOrWhiteSpace(day.Name))
            {
                problems.Add(Invariant($"{day.Date:yyyy-MM-dd} 缺少节日名称。"));
            }
            if (flags.TryGetValue(day.Date, out var isOff))
            {
                problems.Add(isOff != day.IsOffDay
                    ? Invariant($"{day.Date:yyyy-MM-dd} 同时被列为放假日和调休上班日。")
                    : Invariant($"{day.Date:yyyy-MM-dd} 重复列出。"));
                continue;
            }
            flags[day.Date] = day.IsOffDay;
            if (!day.IsOffDay && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add(Invariant(
                    $"{day.Date:yyyy-MM-dd}（{ChineseWeekday(day.Date)}）本来就是工作日，不能列为调休上班日；调休上班日只能是周六或周日。"));
            }
        }
        if (!HasSpringFestival(Days.Where(d => d.Date.Year == Year)))
        {
            problems.Add(Invariant($"{Year} 年的放假安排中没有春节放假日，请按国务院办公厅通知完整录入。"));
        }
        return problems;
    }

    /// <exception cref="DomainException">The schedule has problems; the message lists them all.</exception>
    public void EnsureValid()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>Whether the days include a Spring Festival day off, the mark of a year whose calendar is kept.</summary>
    public static bool HasSpringFestival(IEnumerable<HolidayDay> days) =>
        days.Any(d => d.IsOffDay && d.Name.Contains(SpringFestival, StringComparison.Ordinal));

    private static string ChineseWeekday(DateOnly date) =>
        CultureInfo.GetCultureInfo("zh-CN").DateTimeFormat.GetDayName(date.DayOfWeek);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
