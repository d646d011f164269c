namespace Supervision.Web.Data.Entities;

/// <summary>
/// One row of the official holiday calendar: a day off (<see cref="IsOffDay"/> = true) or a
/// make-up workday (调休上班, false). Days not listed follow the Mon–Fri rule.
/// </summary>
public sealed class Holiday
{
    public DateOnly Date { get; init; }
    public bool IsOffDay { get; set; }
    public required string Name { get; set; }
}
