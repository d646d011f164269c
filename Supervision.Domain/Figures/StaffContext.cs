namespace Supervision.Domain.Figures;

/// <summary>
/// What a staff member's score needs beyond their own day rows (docs/metrics.md, 工作人员综合评分):
/// cases they accepted that finished late in the period or are open past their deadline now;
/// substantiated complaints filed in the period about a case they accepted (a complaint names no staff
/// member, so it reaches them through the case); the working days they were expected to report
/// attendance for (a day without a report is 未报); and the largest workload of a colleague in their hall.
/// </summary>
public sealed record StaffContext(int OverdueCases, int SubstantiatedComplaints, IReadOnlyCollection<DateOnly> ExpectedDays, int HallWorkloadPeak)
{
    public static StaffContext None { get; } = new(0, 0, [], 0);
}
