using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Web.Queries;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Settings;

/// <summary>A saved revision reaches every consumer of the running app without a restart.</summary>
public sealed class SettingsInForceTests
{
    private static readonly AuditActor Admin = new("county-admin", null);

    private static readonly (string Key, decimal Value)[] CoverageOnly =
    [
        ("Figures:ScoreWeights:Coverage", 1m), ("Figures:ScoreWeights:CaseShare", 0m), ("Figures:ScoreWeights:OnTime", 0m),
        ("Figures:ScoreWeights:OneTrip", 0m), ("Figures:ScoreWeights:GoodReview", 0m), ("Figures:ScoreWeights:Rectification", 0m),
        ("Figures:ScoreWeights:ComplaintResolution", 0m), ("Figures:ScoreWeights:QueueRetention", 0m),
    ];

    private static async Task SaveAsync(SupervisionWebApplicationFactory app, string note, params (string Key, decimal Value)[] changes)
    {
        var store = app.Services.GetRequiredService<SettingsStore>();
        var next = changes.Aggregate(store.Current.Settings, (s, c) => s.With(c.Key, c.Value));
        await store.SaveAsync(Admin, store.Current.Revision, next, note);
    }

    [Fact]
    public async Task A_halls_composite_score_follows_the_weights_saved_while_the_app_runs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = QueryApp.Start(database, MonthOfEvents.Cutoff);
        await app.IngestAsync(await app.QueryAsync(db => MonthOfEvents.GenerateAsync(db)));
        var queries = app.Services.GetRequiredService<IFigureQueries>();
        var june = Period.Month(2020, 6);
        var before = await queries.GetFiguresAsync(Scope.Town("370323001"), june, CancellationToken.None);

        // June precedes the policy's coverage due date: the coverage target is made to apply to every hall at all times.
        var store = app.Services.GetRequiredService<SettingsStore>();
        var next = CoverageOnly.Aggregate(store.Current.Settings, (s, c) => s.With(c.Key, c.Value));
        next.Targets.SetApplicability(TargetKey.Coverage, TargetApplicability.Everywhere);
        await store.SaveAsync(Admin, store.Current.Revision, next, "只按事项覆盖率评分，全部镇街适用");
        var after = await queries.GetFiguresAsync(Scope.Town("370323001"), june, CancellationToken.None);

        Assert.NotEqual(before.Score, after.Score);
        // Only coverage counts now: the score is the coverage share in percent.
        Assert.Equal(Math.Round(100m * after.ItemCoverage.Value!.Value, 1, MidpointRounding.AwayFromZero), after.Score);
    }

    [Fact]
    public async Task New_complaints_get_the_resolution_deadline_saved_while_the_app_runs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = QueryApp.Start(database, MonthOfEvents.Cutoff);
        var writer = app.Services.GetRequiredService<ProjectionWriter>();

        await SaveAsync(app, "投诉办结时限改为 3 个工作日", ("Activity:ComplaintResolveDays", 3m));

        Assert.Equal(3, (await writer.ContextAsync(CancellationToken.None)).Rules.ComplaintResolveDays);
    }
}
