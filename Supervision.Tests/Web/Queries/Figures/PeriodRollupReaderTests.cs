using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Queries.Figures;

/// <summary>
/// The per-town GROUP BY of <see cref="PeriodRollupReader"/> against the path it replaced: every daily
/// row read and added up with <see cref="RollupSum"/>, compared field by field on each provider.
/// </summary>
public sealed class PeriodRollupReaderTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly (string? Town, DateOnly Start, DateOnly End)[] Reads =
    [
        (null, new(2020, 6, 1), new(2020, 6, 30)),
        (null, new(2020, 6, 15), new(2020, 6, 21)),
        (null, new(2020, 6, 15), new(2020, 6, 15)),
        (null, new(2020, 5, 25), new(2020, 6, 10)),
        (null, new(2020, 8, 1), new(2020, 8, 31)),
        ("370323001", new(2020, 6, 1), new(2020, 6, 30)),
        ("370323105", new(2020, 6, 8), new(2020, 6, 19)),
    ];

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Per_town_sums_added_up_in_the_database_equal_the_daily_rows_added_up_in_memory(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, MonthOfEvents.Cutoff);
        await app.IngestAsync(await app.QueryAsync(db => MonthOfEvents.GenerateAsync(db)));
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();

        foreach (var (town, start, end) in Reads)
        {
            var actual = await PeriodRollupReader.ReadAsync(contexts, town, start, end, CancellationToken.None);
            var (towns, staff) = await app.QueryAsync(db => DailyRowsAsync(db, town, start, end));

            var what = $"{town ?? "county"} {start}..{end}";
            Assert.True(end.Month == 8 || towns.Count > 0 && towns.Any(t => t.WaitHistogram != "" && t.ProcessingDaysHistogram != "" && t.WaitSecondsMax > 0),
                $"{what}: 没有数据，比较没有意义");
            Assert.Equal(Json(towns), Json(actual.Towns.OrderBy(t => t.Town, StringComparer.Ordinal)));
            Assert.Equal(Json(staff), Json(actual.Staff.OrderBy(s => s.Town, StringComparer.Ordinal)));
        }
    }

    /// <summary>The read before: every town-day row, summed per town by the domain.</summary>
    private static async Task<(List<TownDayRollup> Towns, List<StaffDayRollup> Staff)> DailyRowsAsync(
        SupervisionDbContext db, string? town, DateOnly start, DateOnly end)
    {
        var townDays = await db.Set<TownDayRollup>().AsNoTracking()
            .Where(r => (town == null || r.Town == town) && r.Day >= start && r.Day <= end).ToListAsync();
        var staffDays = await db.Set<StaffDayRollup>().AsNoTracking()
            .Where(r => (town == null || r.Town == town) && r.Day >= start && r.Day <= end).ToListAsync();
        var towns = townDays.GroupBy(r => r.Town).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RollupSum.Sum(g, g.Key, start)).ToList();
        var staff = staffDays.GroupBy(r => r.Town).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StaffDayRollup
            {
                Town = g.Key, Day = start, StaffId = "", TicketsServed = g.Sum(r => r.TicketsServed), ServiceSecondsSum = g.Sum(r => r.ServiceSecondsSum),
            }).ToList();
        return (towns, staff);
    }

    private static string Json<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true });
}
