namespace Supervision.Web.Data.Seed;

/// <summary>The file names inside the seed-data folder.</summary>
public static class SeedFiles
{
    public const string Towns = "towns.json";
    public const string Departments = "departments.json";
    public const string Items = "items.json";
    public const string HallItems = "hall-items.csv";
    public const string Windows = "windows.csv";
    public const string Staff = "staff.csv";
    public const string PilotTasks = "pilot-tasks.csv";
    public const string Holidays = "holidays.csv";

    public static IReadOnlyList<string> All { get; } = [Towns, Departments, Items, HallItems, Windows, Staff, PilotTasks, Holidays];
}
