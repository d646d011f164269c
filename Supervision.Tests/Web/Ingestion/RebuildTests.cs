using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

public sealed class RebuildTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Rebuild_from_the_event_table_equals_the_incremental_projections_of_a_month(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var events = await app.QueryAsync(d => MonthOfEvents.GenerateAsync(d));
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();
        // Shuffled and in small batches: plenty of late, out-of-order events and repeatedly touched days.
        foreach (var batch in MonthOfEvents.Shuffled(events, seed: 7).Chunk(1500))
        {
            await ingestor.IngestAsync(batch, townScope: null, CancellationToken.None);
        }
        var incremental = await app.QueryAsync(ProjectionSnapshot.TakeAsync);

        await app.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(CancellationToken.None);
        var rebuilt = await app.QueryAsync(ProjectionSnapshot.TakeAsync);

        Assert.True(incremental["CaseRecords"].Count > 1000, "the month should hold a realistic number of cases");
        Assert.True(incremental["TownDayRollups"].Count > 200, "the month should cover every town's working days");
        Assert.Equal(incremental.Keys, rebuilt.Keys);
        foreach (var table in incremental.Keys)
        {
            Assert.True(incremental[table].SequenceEqual(rebuilt[table]),
                $"{table} differs after rebuild: only incremental {string.Join(" | ", incremental[table].Except(rebuilt[table]).Take(2))}; " +
                $"only rebuilt {string.Join(" | ", rebuilt[table].Except(incremental[table]).Take(2))}");
        }
    }
}
