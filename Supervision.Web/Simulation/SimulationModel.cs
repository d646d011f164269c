namespace Supervision.Web.Simulation;

/// <summary>Everything fixed for one simulator: seed, calendar, hall hours and the halls.</summary>
internal sealed class SimulationModel
{
    public SimulationModel(SimulationReference reference, WorkingCalendar calendar, int seed)
    {
        Seed = seed;
        Calendar = calendar;
        HallTime = new HallTime(calendar);
        Arrivals = new ArrivalProfile(HallTime);
        var items = reference.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        Plans = new RecentDays<DayPlan>((town, day) => DayPlan.Create(this, town, day), KeepDays);
        Rosters = new RecentDays<IReadOnlyList<StaffDay>>((town, day) => Attendance.Compute(this, town, day), KeepDays);
        Towns = reference.Towns
            .OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new TownModel(t, reference, items))
            .ToList();
    }

    public int Seed { get; }
    public WorkingCalendar Calendar { get; }
    public HallTime HallTime { get; }
    public ArrivalProfile Arrivals { get; }
    public IReadOnlyList<TownModel> Towns { get; }

    /// <summary>Who comes on a day (asked again by the days applicants return on).</summary>
    public RecentDays<DayPlan> Plans { get; }

    /// <summary>Attendance per day (asked again when a later result is handed out).</summary>
    public RecentDays<IReadOnlyList<StaffDay>> Rosters { get; }

    private const int KeepDays = 120;
}
