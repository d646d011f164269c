using Supervision.Domain.Events;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>Several web nodes ingest into one PostgreSQL database at once; none may lose another's update.</summary>
public sealed class ConcurrentNodesTests
{
    [PostgresFact]
    public async Task Two_nodes_ingesting_the_same_subjects_at_once_leave_the_projections_a_rebuild_gives()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);
        using var first = IngestionApp.Start(database);
        using var second = IngestionApp.Start(database);
        var events = await first.QueryAsync(d => MonthOfEvents.GenerateAsync(d));
        // Small shuffled batches taken by both nodes from one queue: the same cases and days are touched concurrently.
        var batches = new ConcurrentQueue<HallEvent[]>(MonthOfEvents.Shuffled(events, seed: 5).Chunk(400));

        await Task.WhenAll(DrainAsync(first, batches), DrainAsync(second, batches));
        var incremental = await first.QueryAsync(ProjectionSnapshot.TakeWithEventsAsync);

        await first.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(CancellationToken.None);
        var rebuilt = await first.QueryAsync(ProjectionSnapshot.TakeWithEventsAsync);

        Assert.Equal(events.Count, incremental["Events"].Count);
        foreach (var table in incremental.Keys)
        {
            Assert.True(incremental[table].SequenceEqual(rebuilt[table]),
                $"{table} differs from a rebuild: {incremental[table].Except(rebuilt[table]).FirstOrDefault()}");
        }
    }

    private static async Task DrainAsync(SupervisionWebApplicationFactory node, ConcurrentQueue<HallEvent[]> batches)
    {
        var ingestor = node.Services.GetRequiredService<IEventIngestor>();
        while (batches.TryDequeue(out var batch))
        {
            await ingestor.IngestAsync(batch, townScope: null, CancellationToken.None);
        }
    }
}
