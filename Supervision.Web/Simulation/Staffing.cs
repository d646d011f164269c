namespace Supervision.Web.Simulation;

/// <summary>A staffed window during one day; times are minutes since local midnight.</summary>
internal sealed class Server(Window window, Staff staff, double openFrom)
{
    public Window Window { get; } = window;
    public Staff Staff { get; } = staff;
    public double FreeAt { get; set; } = openFrom;
}

/// <summary>
/// Which staff sit at which window on a day. Front windows are filled from the matching role
/// (综合受理 staff at 综合受理 windows, department staff at 专业 windows); a spare front-desk or
/// assistant clerk opens the 潮汐 window for overflow. The pairing rotates day by day.
/// </summary>
internal sealed record Staffing(
    IReadOnlyList<Server> Comprehensive,
    IReadOnlyList<Server> Professional,
    Server? Tidal,
    Server? Consultation)
{
    public static Staffing Assign(TownModel town, IReadOnlyList<StaffDay> roster, DateOnly day)
    {
        var rotation = day.DayNumber;
        var used = new HashSet<string>(StringComparer.Ordinal);

        List<Server> Fill(WindowKind kind, StaffRole role)
        {
            var working = Rotate(roster.Where(d => d.Works && d.Staff.Role == role && !used.Contains(d.Staff.Id)).ToList(), rotation);
            var servers = new List<Server>();
            foreach (var (window, staffDay) in town.WindowsOf(kind).Zip(working))
            {
                used.Add(staffDay.Staff.Id);
                servers.Add(new Server(window, staffDay.Staff, Minutes(staffDay.ClockIn)));
            }
            return servers;
        }

        Server? FillOne(WindowKind kind, params StaffRole[] roles)
        {
            if (town.FirstWindow(kind) is not { } window)
            {
                return null;
            }
            foreach (var role in roles)
            {
                if (roster.FirstOrDefault(d => d.Works && d.Staff.Role == role && !used.Contains(d.Staff.Id)) is { } spare)
                {
                    used.Add(spare.Staff.Id);
                    return new Server(window, spare.Staff, Minutes(spare.ClockIn));
                }
            }
            return null;
        }

        var comprehensive = Fill(WindowKind.Comprehensive, StaffRole.ComprehensiveAcceptance);
        var professional = Fill(WindowKind.Specialised, StaffRole.BackOffice);
        var consultation = FillOne(WindowKind.Consultation, StaffRole.Assistant);
        var tidal = FillOne(WindowKind.Tidal, StaffRole.ComprehensiveAcceptance, StaffRole.Assistant);
        return new Staffing(comprehensive, professional, tidal, consultation);
    }

    public static double Minutes(TimeOnly time) => time.Hour * 60 + time.Minute + time.Second / 60.0;

    private static List<T> Rotate<T>(List<T> items, int by)
    {
        if (items.Count < 2)
        {
            return items;
        }
        var shift = by % items.Count;
        return [.. items.Skip(shift), .. items.Take(shift)];
    }
}
