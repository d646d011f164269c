using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Queries.Trends;

/// <summary>
/// The trend reads against day rollups written by hand, seen on Monday 2020-10-12 10:00 (China): the week
/// before is 2020-W41 (10-05…10-11, National Day holidays until 10-08, Saturday 10-10 a make-up working day).
/// </summary>
public sealed class TrendQueriesTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly DateTimeOffset Monday = new(2020, 10, 12, 10, 0, 0, TimeSpan.FromHours(8));

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task A_week_pools_the_numerators_and_denominators_of_its_days_instead_of_averaging_daily_rates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, Monday);
        var (pilot, _) = await TownsAsync(app);
        await AddAsync(app,
            // 2020-W40: 10 completed at 90 % on time on Monday, 1 completed late on Tuesday.
            new TownDayRollup { Town = pilot, Day = new(2020, 9, 28), Accepted = 4, AcceptedComprehensive = 3, Completed = 10, CompletedOnTime = 9, CompletedLate = 1, CompletedOneTrip = 10, Reviews = 3, ReviewsGood = 3 },
            new TownDayRollup { Town = pilot, Day = new(2020, 9, 29), Completed = 1, CompletedLate = 1 },
            new TownDayRollup { Town = pilot, Day = new(2020, 9, 30), Accepted = 1, AcceptedComprehensive = 1 },
            new TownDayRollup { Town = pilot, Day = new(2020, 10, 3), Reviews = 1 });

        var view = await Trends(app).GetAsync(pilot, TrendSpan.Weeks, CancellationToken.None);

        var w40 = view.Lines[0].Points.Single(p => p.Period == Period.Week(2020, 40));
        Assert.Equal(5, w40.Accepted);
        Assert.Equal(11, w40.Completed);
        Assert.Equal(Ratio.Of(9, 11), w40.OnTimeRate);      // 81.8 %, not the mean of 90 % and 0 % (45 %)
        Assert.Equal("81.8%", w40.OnTimeRate.ToString());
        Assert.Equal("80.0%", w40.CaseShare.ToString());    // (3 + 1) ÷ (4 + 1), not the mean of 75 % and 100 %
        Assert.Equal("90.9%", w40.OneTripRate.ToString());  // 10 ÷ 11
        Assert.Equal("75.0%", w40.GoodReviewRate.ToString()); // (3 + 0) ÷ (3 + 1)
        var w39 = view.Lines[0].Points.Single(p => p.Period == Period.Week(2020, 39));
        Assert.Equal("—", w39.OnTimeRate.ToString());      // nothing completed: no value, not 0 %
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task No_point_lies_in_the_unfinished_week_or_day_even_when_today_has_activity(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, Monday);
        var (pilot, _) = await TownsAsync(app);
        await AddAsync(app, new TownDayRollup { Town = pilot, Day = new(2020, 10, 12), Accepted = 7, AcceptedComprehensive = 7 });

        var weeks = await Trends(app).GetAsync(null, TrendSpan.Weeks, CancellationToken.None);
        var days = await Trends(app).GetAsync(null, TrendSpan.WorkingDays, CancellationToken.None);

        Assert.Equal(12, weeks.Periods.Count);
        Assert.Equal(Period.Week(2020, 30), weeks.Periods[0]);
        Assert.Equal(Period.Week(2020, 41), weeks.Periods[^1]);
        Assert.Equal(new DateOnly(2020, 10, 11), weeks.Through);
        Assert.Equal(30, days.Periods.Count);
        Assert.Equal(new DateOnly(2020, 10, 10), days.Through);  // the make-up Saturday, the last working day before today
        Assert.All(weeks.Lines.Concat(days.Lines), line => Assert.All(line.Points, p => Assert.Equal(0, p.Accepted)));
        Assert.True(weeks.IsEmpty);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Thirty_working_days_skip_weekends_and_the_holidays_of_the_kept_calendar(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, Monday);

        var view = await Trends(app).GetAsync(null, TrendSpan.WorkingDays, CancellationToken.None);

        var days = view.Periods.Select(p => p.Start).ToList();
        Assert.All(view.Periods, p => Assert.Equal(PeriodKind.Day, p.Kind));
        // Counted back by hand from Sunday 10-11: 10-10 (make-up), 10-09, [10-01…10-08 off], 09-30, 09-29, 09-28,
        // 09-27 (make-up Sunday), 09-25 … 09-21, 09-18 … 09-14, 09-11 … 09-07, 09-04 … 08-31, 08-28 … 08-25.
        Assert.Equal(new DateOnly(2020, 8, 25), days[0]);
        Assert.Contains(new DateOnly(2020, 9, 27), days);
        Assert.Contains(new DateOnly(2020, 10, 10), days);
        Assert.DoesNotContain(new DateOnly(2020, 9, 26), days);
        Assert.DoesNotContain(days, d => d >= new DateOnly(2020, 10, 1) && d <= new DateOnly(2020, 10, 8));
        Assert.Equal(days.Order().ToList(), days);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task The_county_has_a_pilot_and_a_non_pilot_line_each_pooling_its_own_halls(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, Monday);
        var (pilot, other) = await TownsAsync(app);
        var (pilots, others) = await app.QueryAsync(async db => (await db.Towns.CountAsync(t => t.IsPilot), await db.Towns.CountAsync(t => !t.IsPilot)));
        await AddAsync(app,
            new TownDayRollup { Town = pilot, Day = new(2020, 10, 9), Completed = 10, CompletedOnTime = 10 },
            new TownDayRollup { Town = other, Day = new(2020, 10, 9), Completed = 30, CompletedOnTime = 15, CompletedLate = 15 });

        var county = await Trends(app).GetAsync(null, TrendSpan.WorkingDays, CancellationToken.None);
        var hall = await Trends(app).GetAsync(pilot, TrendSpan.WorkingDays, CancellationToken.None);

        Assert.Equal(["全县", $"试点镇街（{pilots}个）", $"非试点镇街（{others}个）"], county.Lines.Select(l => l.Name));
        string OnTime(TrendLine line) => line.Points.Single(p => p.Period == Period.Day(new(2020, 10, 9))).OnTimeRate.ToString();
        Assert.Equal("62.5%", OnTime(county.Lines[0]));   // 25 ÷ 40
        Assert.Equal("100.0%", OnTime(county.Lines[1]));
        Assert.Equal("50.0%", OnTime(county.Lines[2]));
        Assert.Equal(2, hall.Lines.Count);                // the hall, then the county to compare with
        Assert.Equal("100.0%", OnTime(hall.Lines[0]));
        Assert.Equal("全县", hall.Lines[1].Name);
        Assert.Equal("62.5%", OnTime(hall.Lines[1]));
    }

    private static ITrendQueries Trends(SupervisionWebApplicationFactory app) => app.Services.GetRequiredService<ITrendQueries>();

    private static Task<(string Pilot, string Other)> TownsAsync(SupervisionWebApplicationFactory app) => app.QueryAsync(async db =>
        (await db.Towns.Where(t => t.IsPilot).OrderBy(t => t.Code).Select(t => t.Code).FirstAsync(),
         await db.Towns.Where(t => !t.IsPilot).OrderBy(t => t.Code).Select(t => t.Code).FirstAsync()));

    private static Task AddAsync(SupervisionWebApplicationFactory app, params TownDayRollup[] rows) => app.QueryAsync(async db =>
    {
        db.Set<TownDayRollup>().AddRange(rows);
        return await db.SaveChangesAsync();
    });
}
