namespace Supervision.Domain.Calendar;

/// <summary>
/// One day of the official holiday schedule. <see cref="IsOffDay"/> = false marks a make-up workday
/// (调休上班), which is worked even though it may fall on a weekend.
/// </summary>
public readonly record struct HolidayDay(DateOnly Date, bool IsOffDay, string Name);
