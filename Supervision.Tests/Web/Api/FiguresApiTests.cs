using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Web.Queries;
using Supervision.Web.Api;
using Supervision.Web.Queries.StaffPerformance;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Api;

public sealed class FiguresApiTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Figures_through_the_api_equal_the_calculator_on_records_folded_from_the_same_events(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, MonthOfEvents.Cutoff);
        var events = await app.QueryAsync(db => MonthOfEvents.GenerateAsync(db));
        await app.IngestAsync(events);
        var key = await app.CreateReadKeyAsync();

        // The domain's answer: fold every subject in memory, roll up each (town, day), calculate.
        var context = await app.Services.GetRequiredService<ProjectionWriter>().ContextAsync(CancellationToken.None);
        var records = new RecordSet();
        foreach (var subject in events.GroupBy(e => e.Subject, StringComparer.Ordinal))
        {
            records.Fold(subject.Key, subject.ToList(), context);
        }
        records.MarkReviewedCases(context);
        var days = records.ByDay(records.Days().Select(d => (d.Town, d.Day)).ToHashSet())
            .Select(d => RollupCalculator.ForDay(d.Key.Town, d.Key.Day, d.Value)).ToList();
        var sources = new FigureSources
        {
            TownDays = days.Select(d => d.Town).ToList(),
            StaffDays = days.SelectMany(d => d.Staff).ToList(),
            ItemDays = days.SelectMany(d => d.Items).ToList(),
            ItemHistory = await app.QueryAsync(db => db.HallItemStatuses.AsNoTracking().ToListAsync()),
            NotYetDue = DueCutoff.NotPassed(days.Select(d => d.Town), MonthOfEvents.Cutoff, HallHours.Default).ToList(),
        };
        var calculator = app.Services.GetRequiredService<FigureCalculator>();

        string[] scopes = ["county", "town:370323001", "town:370323105", "staff:370323001-S02", "item:RS-002"];
        string[] periods = ["2020-06", "2020-W25", "2020-06-15"];
        foreach (var scope in scopes)
        {
            foreach (var period in periods)
            {
                var actual = await app.GetJsonAsync(key, $"/api/v1/figures?scope={scope}&period={period}");
                var (parsedScope, parsedPeriod) = (Scope.Parse(scope), Period.Parse(period, MonthOfEvents.Cutoff));
                // A staff score also needs each member's context (overdue cases, complaints through the case,
                // expected days, the hall's busiest workload), read from the records as the score reads it.
                var staffContext = parsedScope.Kind == ScopeKind.Staff
                    ? (await app.QueryAsync(db => StaffScoreSources.ReadAsync(db, parsedScope.Code![..9], parsedPeriod,
                        app.Services.GetRequiredService<WorkingCalendarSource>().Current, MonthOfEvents.Cutoff, CancellationToken.None))).Staff
                    : sources.Staff;
                var expected = calculator.Calculate(parsedScope, parsedPeriod, sources with { Staff = staffContext });
                Assert.True(period != "2020-06" || expected.Accepted + expected.Reviews + expected.TicketsServed > 0, $"{scope} {period} 无数据，比较没有意义");
                AssertSameJson(FigureJson.From(expected), actual, $"{scope} {period}");
            }
        }
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task A_date_range_gives_the_same_figures_as_the_month_it_spans(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, HallSituation.Now);
        await app.IngestAsync(HallSituation.Events());
        var key = await app.CreateReadKeyAsync();

        var month = await app.GetJsonAsync(key, "/api/v1/figures?scope=county&period=2020-06");
        var range = await app.GetJsonAsync(key, "/api/v1/figures?scope=county&from=2020-06-01&to=2020-06-30");

        Assert.Equal(month.GetProperty("figures").GetRawText(), range.GetProperty("figures").GetRawText());
        Assert.Equal("2020-06-01..2020-06-30", range.GetProperty("period").GetString());
    }

    private static void AssertSameJson(object expected, JsonElement actual, string what)
    {
        var e = JsonNode.Parse(JsonSerializer.Serialize(expected, JsonSerializerOptions.Web));
        var a = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(e, a), $"{what}:\nexpected {e!.ToJsonString()}\nactual   {a!.ToJsonString()}");
    }
}
