namespace Supervision.Domain.Calendar;

/// <summary>
/// Which years' 放假安排 the bureau still has to enter (DOMAIN.md “The calendar is kept”): the current
/// year whenever it is missing, and from 1 November the next year too, since the State Council
/// publishes it in the autumn and deadlines of December cases already run into it.
/// </summary>
public static class CalendarCoverage
{
    public const int NextYearWarningMonth = 11;

    public static IReadOnlyList<int> MissingYears(IReadOnlySet<int> keptYears, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(keptYears);
        var missing = new List<int>(2);
        if (!keptYears.Contains(today.Year))
        {
            missing.Add(today.Year);
        }
        if (today.Month >= NextYearWarningMonth && !keptYears.Contains(today.Year + 1))
        {
            missing.Add(today.Year + 1);
        }
        return missing;
    }

    /// <summary>The warning shown to administrators, or null when nothing is missing.</summary>
    public static string? Warning(IReadOnlyList<int> missingYears) => missingYears.Count == 0
        ? null
        : $"尚未录入 {string.Join("、", missingYears.Select(y => $"{y} 年"))}的节假日安排：这些年份的办结期限按周一至周五暂定计算，" +
          "元旦、春节等假日会被算作工作日。请在“系统管理 → 节假日安排”中按国务院办公厅通知录入。";
}
