namespace Supervision.Domain.Calendar;

/// <summary>A deadline and whether it is provisional (暂定): counted through a year whose 放假安排 is not kept.</summary>
public readonly record struct CalendarDeadline(DateTimeOffset At, bool Provisional);
