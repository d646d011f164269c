using Supervision.Domain.Reference;
using Supervision.Web.Data.Seed;

namespace Supervision.Tests.Web.Simulation;

/// <summary>The real seed-data folder, loaded once: what the simulator runs on in the app.</summary>
internal static class SeedReference
{
    public const string Nanma = "370323001";
    public const string Lishan = "370323002";
    public const string Lucun = "370323108";

    private static readonly Lazy<SeedDataSet> LazySet = new(() => SeedDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "seed-data")));

    private static readonly Lazy<WorkingCalendar> LazyCalendar = new(() =>
        new WorkingCalendar(Set.Holidays.Select(h => new HolidayDay(h.Date, h.IsOffDay, h.Name))));

    public static SeedDataSet Set => LazySet.Value;

    public static SimulationReference Simulation => new(Set.Towns, Set.Items, Set.HallItems, Set.Windows, Set.Staff);

    public static WorkingCalendar Calendar => LazyCalendar.Value;

    public static ReferenceCatalog Catalog => new(Set.Towns, Set.Items, Set.Windows, Set.Staff, Set.Departments);

    public static HallSimulator Simulator(int seed = 42) => new(Simulation, Calendar, seed);

    public static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, WorkingCalendar.ChinaOffset);
}
