namespace Supervision.Tests.Domain.Calendar;

/// <summary>The calendar built from the real seed-data/holidays.csv, shared because it is immutable.</summary>
internal static class SeedCalendar
{
    private static readonly Lazy<IReadOnlyList<HolidayDay>> LazyDays = new(() =>
        HolidayCsv.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "holidays.csv"))));

    private static readonly Lazy<WorkingCalendar> LazyCalendar = new(() => new WorkingCalendar(Days));

    public static IReadOnlyList<HolidayDay> Days => LazyDays.Value;

    public static WorkingCalendar Seeded => LazyCalendar.Value;

    public static DateOnly Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, WorkingCalendar.ChinaOffset);
}
