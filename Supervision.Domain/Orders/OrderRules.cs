using Supervision.Domain.Calendar;

namespace Supervision.Domain.Orders;

/// <summary>What a new order must hold, and its deadline from the working-day calendar.</summary>
public static class OrderRules
{
    public const int MaxTextLength = 2000;
    public const int MinDeadlineDays = 1;
    public const int MaxDeadlineDays = 60;

    /// <summary>The deadline is the end of the <paramref name="days"/>-th working day after the day it was raised (as a case's time limit).</summary>
    public static CalendarDeadline Deadline(WorkingCalendar calendar, DateTimeOffset raisedAt, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        CheckDeadlineDays(days);
        return calendar.DeadlineOf(raisedAt, days);
    }

    public static void CheckDeadlineDays(int days)
    {
        if (days is < MinDeadlineDays or > MaxDeadlineDays)
        {
            throw new DomainException($"整改期限应为 {MinDeadlineDays}–{MaxDeadlineDays} 个工作日，收到的是 {days}。");
        }
    }

    /// <summary>Trimmed non-empty text of at most <see cref="MaxTextLength"/> characters, else a Chinese error naming <paramref name="what"/>.</summary>
    public static string Text(string? value, string what)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new DomainException($"请填写{what}。");
        }
        if (text.Length > MaxTextLength)
        {
            throw new DomainException($"{what}不能超过 {MaxTextLength} 个字。");
        }
        return text;
    }
}
