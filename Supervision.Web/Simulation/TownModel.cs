namespace Supervision.Web.Simulation;

/// <summary>One hall as the simulator sees it: its windows, staff, items and how busy it is.</summary>
internal sealed class TownModel
{
    public TownModel(Town town, SimulationReference reference, IReadOnlyDictionary<string, ServiceItem> items)
    {
        Town = town;
        Code = town.Code;
        Catalog = new ItemCatalog(town.Code, reference.HallItems, items);
        var windows = reference.Windows.Where(w => w.TownCode == town.Code).OrderBy(w => w.Number).ThenBy(w => w.Code, StringComparer.Ordinal).ToList();
        Windows = windows.GroupBy(w => w.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<Window>)g.ToList());
        Staff = reference.Staff.Where(s => s.TownCode == town.Code).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        Supervisor = Staff.FirstOrDefault(s => s.Role == StaffRole.Supervisor);
        BaseApplicants = BaseVolume(town) * (0.85 + 0.3 * SimRandom.Unit("size:" + town.Code));
    }

    public Town Town { get; }
    public string Code { get; }

    /// <summary>
    /// The township part of the code (its last three digits, 001 … 110 in 沂源县), which the hall's case
    /// and complaint numbers carry so that no two halls of the county hand out the same number.
    /// </summary>
    public string NumberPart => Code.Length > 3 ? Code[^3..] : Code;
    public ItemCatalog Catalog { get; }
    public IReadOnlyDictionary<WindowKind, IReadOnlyList<Window>> Windows { get; }
    public IReadOnlyList<Staff> Staff { get; }
    public Staff? Supervisor { get; }

    /// <summary>Applicants on an ordinary Wednesday, before day-to-day noise.</summary>
    public double BaseApplicants { get; }

    public IReadOnlyList<Window> WindowsOf(WindowKind kind) => Windows.TryGetValue(kind, out var list) ? list : [];

    public Window? FirstWindow(WindowKind kind) => WindowsOf(kind) is { Count: > 0 } list ? list[0] : null;

    /// <summary>
    /// Busier on Mondays and on the first day after a break of three or more days, quieter towards
    /// Friday and on make-up weekend workdays.
    /// </summary>
    public static double DayFactor(WorkingCalendar calendar, DateOnly day)
    {
        var factor = day.DayOfWeek switch
        {
            DayOfWeek.Monday => 1.25,
            DayOfWeek.Tuesday => 1.05,
            DayOfWeek.Wednesday => 1.0,
            DayOfWeek.Thursday => 0.95,
            DayOfWeek.Friday => 0.9,
            _ => 0.8,
        };
        var offBefore = 0;
        for (var d = day.AddDays(-1); offBefore < 10 && !calendar.IsWorkingDay(d); d = d.AddDays(-1))
        {
            offBefore++;
        }
        return offBefore >= 3 ? Math.Max(factor, 1.35) : factor;
    }

    // Subdistricts (街道) serve the county town and are much busier than rural towns; a pilot town
    // draws extra applicants from its neighbours once one window handles everything.
    private static double BaseVolume(Town town) => town.Kind == TownKind.Subdistrict ? 110 : town.IsPilot ? 48 : 28;
}
