using Supervision.Domain.Events;
using static Supervision.Tests.Web.Ingestion.Samples;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>
/// The rule edge cases of docs/metrics.md through the store: facts that join two subjects (补评) or need
/// the instant an event arrived (backdated pauses) are set by the projection, and a rebuild sets them alike.
/// Cases are accepted Mon 2020-06-01 09:30; RS-002 (5 working days) is due Mon 06-08 17:30.
/// </summary>
public sealed class RuleEdgeIngestionTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string PreReviewItem = "RS-010";

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Late_review_stored_before_its_case_completion_leaves_the_review_figures_when_the_completion_arrives(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        // Completed Tue 06-02 10:30: rated until Tue 06-09 17:30. R1 on 06-05 is in time, R2 on 06-12 is not.
        await ingestor.IngestAsync([GoodReview("e1", "R1", "C1", At.AddDays(4)), GoodReview("e2", "R2", "C2", At.AddDays(11))], null, CancellationToken.None);
        await ingestor.IngestAsync([AcceptedCase("e3", "C1"), CompletedCase("e4", "C1"), AcceptedCase("e5", "C2"), CompletedCase("e6", "C2")], null, CancellationToken.None);

        var reviews = await app.QueryAsync(d => d.Set<ReviewRecord>().AsNoTracking().OrderBy(r => r.ReviewId).Select(r => r.Late).ToListAsync());
        Assert.Equal([false, true], reviews);
        var lateDay = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Town && r.Day == new DateOnly(2020, 6, 12)));
        Assert.Equal((0, 0), (lateDay.Reviews, lateDay.ReviewsGood));
        var completion = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Town && r.Day == new DateOnly(2020, 6, 2)));
        Assert.Equal((2, 1), (completion.Completed, completion.CompletedReviewed));

        await AssertRebuildEqualsAsync(app);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Backdated_pause_reported_after_the_deadline_keeps_the_red_card_through_the_store(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        // The app's clock starts at Wed 07-01 08:00 and only moves forward: accepted 07-01 09:00, due Wed 07-08 17:30.
        var accepted = new DateTimeOffset(2020, 7, 1, 9, 0, 0, TimeSpan.FromHours(8));
        app.Clock.SetUtcNow(accepted.AddMinutes(1));
        await ingestor.IngestAsync([AcceptedCase("e1", "C1") with { At = accepted }], null, CancellationToken.None);
        // Thu 07-09, after the deadline: a pause "from" Mon 07-06 arrives.
        app.Clock.SetUtcNow(accepted.AddDays(8));
        await ingestor.IngestAsync(
        [
            new CasePaused { Id = "e2", Town = Town, At = accepted.AddDays(5), Case = "C1", Reason = "实地踏勘" },
            new CaseResumed { Id = "e3", Town = Town, At = accepted.AddDays(5).AddHours(6), Case = "C1" },
        ], null, CancellationToken.None);

        var record = await app.QueryAsync(d => d.Set<CaseRecord>().AsNoTracking().SingleAsync(c => c.CaseId == "C1"));
        Assert.Equal(1, record.BackdatedPauses);
        Assert.Equal(new DateTimeOffset(2020, 7, 8, 17, 30, 0, TimeSpan.FromHours(8)), record.Deadline);

        await AssertRebuildEqualsAsync(app);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Pre_review_escalation_counts_on_the_escalation_day_for_the_on_time_escalation_rate(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        await ingestor.IngestAsync(
        [
            AcceptedCase("e1", "C1", PreReviewItem), new CaseEscalated { Id = "e2", Town = Town, At = At.AddDays(2), Case = "C1" },
            AcceptedCase("e3", "C2", PreReviewItem), new CaseEscalated { Id = "e4", Town = Town, At = At.AddDays(2), Case = "C2" },
            new CaseCompleted { Id = "e5", Town = Town, At = At.AddDays(20), Case = "C2", Outcome = CaseOutcome.Approved },
        ], null, CancellationToken.None);

        var day = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Town && r.Day == new DateOnly(2020, 6, 3)));
        Assert.Equal((2, 2), (day.EscalatedPreReview, day.EscalatedOnTime));
        var completion = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Town && r.Day == new DateOnly(2020, 6, 21)));
        Assert.Equal((1, 1, 0), (completion.Completed, completion.CompletedOnTime, completion.CompletedLate));
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Speed_up_days_on_the_promise_clock_are_the_same_live_after_a_rebuild_and_after_the_upgrade_backfill(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        // Both accepted Mon 06-01 09:30: the promise clock starts at 17:30. C1 done Tue 09:30: 1 h on the clock.
        // C2 paused Tue 08:30–12:30 and done Wed 17:30: Tue 9 h + Wed 9 h − 4 h = 14 h.
        await ingestor.IngestAsync(
        [
            AcceptedCase("e1", "C1"), CompletedCase("e2", "C1"),
            AcceptedCase("e3", "C2"),
            new CasePaused { Id = "e4", Town = Town, At = At.AddHours(23), Case = "C2", Reason = "实地踏勘" },
            new CaseResumed { Id = "e5", Town = Town, At = At.AddHours(27), Case = "C2" },
            new CaseCompleted { Id = "e6", Town = Town, At = At.AddDays(2).AddHours(8), Case = "C2", Outcome = CaseOutcome.Approved },
        ], null, CancellationToken.None);

        var days = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().Where(r => r.Town == Town).OrderBy(r => r.Day)
            .Select(r => new { r.Day, r.NonInstantUsedDaysSum, r.PromisedDaysSum, r.ProcessingDaysSum }).ToListAsync());
        Assert.Equal((0.111111, 5, 1.0), days.Where(r => r.Day == new DateOnly(2020, 6, 2)).Select(r => (r.NonInstantUsedDaysSum, r.PromisedDaysSum, r.ProcessingDaysSum)).Single());
        Assert.Equal((1.555556, 5), days.Where(r => r.Day == new DateOnly(2020, 6, 3)).Select(r => (r.NonInstantUsedDaysSum, r.PromisedDaysSum)).Single());
        await AssertRebuildEqualsAsync(app);

        // A database from before the promise clock, as the SpeedupClock migration leaves it: no case has the
        // value and 提速率's day sums are zero. The start-up backfill refolds the cases back to the live numbers.
        var live = await app.QueryAsync(ProjectionSnapshot.TakeAsync);
        await app.QueryAsync(async d =>
        {
            await d.Database.ExecuteSqlRawAsync("UPDATE \"CaseRecords\" SET \"PromiseClockUsedDays\" = NULL;");
            return await d.Database.ExecuteSqlRawAsync("UPDATE \"TownDayRollups\" SET \"NonInstantUsedDaysSum\" = 0, \"PromisedDaysSum\" = 0;");
        });
        var backfill = app.Services.GetRequiredService<PromiseClockBackfill>();
        await backfill.RunAsync(CancellationToken.None);

        Assert.Empty(await backfill.PendingAsync(CancellationToken.None));
        var backfilled = await app.QueryAsync(ProjectionSnapshot.TakeAsync);
        foreach (var table in live.Keys)
        {
            Assert.Equal(live[table], backfilled[table]);
        }
    }

    private static async Task AssertRebuildEqualsAsync(SupervisionWebApplicationFactory app)
    {
        var incremental = await app.QueryAsync(ProjectionSnapshot.TakeAsync);
        await app.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(CancellationToken.None);
        var rebuilt = await app.QueryAsync(ProjectionSnapshot.TakeAsync);
        foreach (var table in incremental.Keys)
        {
            Assert.Equal(incremental[table], rebuilt[table]);
        }
    }
}
