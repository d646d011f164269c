using Supervision.Domain.Events;
using static Supervision.Tests.Web.Ingestion.Samples;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>
/// 评价率's numerator lives on the case's completion day but is caused by a review, a different subject:
/// hand-worked batches where the review comes later than, or before, the case it names.
/// </summary>
public sealed class ReviewedCaseTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly DateOnly CompletionDay = new(2020, 6, 2);

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Review_arriving_in_a_later_batch_counts_its_completed_case_once_on_the_completion_day(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        // Batch 1: C1 and C2 accepted 06-01 and completed 06-02. Batch 2: two reviews of C1 on 06-03.
        await ingestor.IngestAsync([AcceptedCase("e1", "C1"), CompletedCase("e2", "C1"), AcceptedCase("e3", "C2"), CompletedCase("e4", "C2")], null, CancellationToken.None);
        await ingestor.IngestAsync([GoodReview("e5", "R1", "C1", At.AddDays(2)), GoodReview("e6", "R2", "C1", At.AddDays(2))], null, CancellationToken.None);

        var day = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Town && r.Day == CompletionDay));
        Assert.Equal(2, day.Completed);
        Assert.Equal(1, day.CompletedReviewed); // C1 once; C2 has no review → 评价率 1 ÷ 2
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Review_stored_before_its_case_marks_the_case_when_the_case_arrives(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();

        await ingestor.IngestAsync([GoodReview("e1", "R1", "C1", At.AddDays(2))], null, CancellationToken.None);
        await ingestor.IngestAsync([AcceptedCase("e2", "C1"), CompletedCase("e3", "C1")], null, CancellationToken.None);

        var day = await app.QueryAsync(d => d.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Town && r.Day == CompletionDay));
        Assert.Equal(1, day.Completed);
        Assert.Equal(1, day.CompletedReviewed);
    }
}
