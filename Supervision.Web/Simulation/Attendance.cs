namespace Supervision.Web.Simulation;

/// <summary>A staff member's day: status and when they start serving.</summary>
internal sealed record StaffDay(Staff Staff, AttendanceStatus Status, TimeOnly ClockIn)
{
    public bool Works => Status is AttendanceStatus.Present or AttendanceStatus.Late;
}

/// <summary>
/// Attendance per staff and working day, from its own random stream so that any day's roster can be
/// looked up cheaply (a case issued next week needs that week's issuing clerk).
/// </summary>
internal static class Attendance
{
    public const double LateShare = 0.03;
    public const double LeaveShare = 0.03;
    public const double AbsentShare = 0.008;

    public static IReadOnlyList<StaffDay> For(SimulationModel model, TownModel town, DateOnly day) => model.Rosters.Get(town, day);

    public static IReadOnlyList<StaffDay> Compute(SimulationModel model, TownModel town, DateOnly day)
    {
        if (!model.Calendar.IsWorkingDay(day))
        {
            return [];
        }
        var random = SimRandom.For(model.Seed, town.Code, day, SimRandom.AttendanceStream);
        var opening = model.HallTime.Opening;
        var roster = new List<StaffDay>(town.Staff.Count);
        foreach (var staff in town.Staff)
        {
            var roll = random.NextDouble();
            var early = TimeSpan.FromMinutes(random.Between(2, 25));
            roster.Add(roll switch
            {
                < AbsentShare => new StaffDay(staff, AttendanceStatus.Absent, opening),
                < AbsentShare + LeaveShare => new StaffDay(staff, AttendanceStatus.Leave, opening),
                < AbsentShare + LeaveShare + LateShare => new StaffDay(staff, AttendanceStatus.Late, opening.Add(TimeSpan.FromMinutes(random.Between(5, 50)))),
                _ => new StaffDay(staff, AttendanceStatus.Present, opening.Add(-early)),
            });
        }
        return roster;
    }

    /// <summary>Who hands out results at the unified window on a day, if anyone is there.</summary>
    public static Staff? IssuingClerk(SimulationModel model, TownModel town, DateOnly day)
    {
        var roster = For(model, town, day);
        return roster.FirstOrDefault(d => d.Works && d.Staff.Role == StaffRole.Issuing)?.Staff
            ?? roster.FirstOrDefault(d => d.Works && d.Staff.Role == StaffRole.Supervisor)?.Staff;
    }
}
