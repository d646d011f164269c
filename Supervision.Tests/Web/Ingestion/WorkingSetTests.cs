using Supervision.Domain.Events;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>SQLite ingestion keeps recently written subjects in memory; it must never fold from a stale copy.</summary>
public sealed class WorkingSetTests
{
    [Fact]
    public async Task Events_another_process_stored_between_two_batches_are_folded_in()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var first = IngestionApp.Start(database);
        using var second = IngestionApp.Start(database);
        var events = await first.QueryAsync(d => MonthOfEvents.GenerateAsync(d));
        var thirds = events.OrderBy(e => e.At).Chunk(events.Count / 3 + 1).ToList();

        // The middle third goes in through another process, unseen by the first one's working set.
        await IngestAsync(first, thirds[0]);
        await IngestAsync(second, thirds[1]);
        await IngestAsync(first, thirds[2]);
        var incremental = await first.QueryAsync(ProjectionSnapshot.TakeAsync);

        await first.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(CancellationToken.None);
        var rebuilt = await first.QueryAsync(ProjectionSnapshot.TakeAsync);

        foreach (var table in incremental.Keys)
        {
            Assert.True(incremental[table].SequenceEqual(rebuilt[table]),
                $"{table} differs from a rebuild: {incremental[table].Except(rebuilt[table]).FirstOrDefault()}");
        }
    }

    [Fact]
    public async Task Batches_folded_from_memory_give_the_same_projections_as_batches_read_back()
    {
        await using var cached = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var uncached = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var withSet = IngestionApp.Start(cached);
        using var withoutSet = IngestionApp.Start(uncached, new Dictionary<string, string> { ["Ingestion:WorkingSetSubjects"] = "0" });
        var events = await withSet.QueryAsync(d => MonthOfEvents.GenerateAsync(d));

        // Small batches out of order: most subjects continue across batches, many from memory.
        foreach (var batch in MonthOfEvents.Shuffled(events, seed: 11).Chunk(1000))
        {
            await IngestAsync(withSet, batch);
            await IngestAsync(withoutSet, batch);
        }
        var fromMemory = await withSet.QueryAsync(ProjectionSnapshot.TakeAsync);
        var readBack = await withoutSet.QueryAsync(ProjectionSnapshot.TakeAsync);

        foreach (var table in fromMemory.Keys)
        {
            Assert.True(fromMemory[table].SequenceEqual(readBack[table]),
                $"{table} differs: {fromMemory[table].Except(readBack[table]).FirstOrDefault()}");
        }
    }

    private static Task<IngestResult> IngestAsync(SupervisionWebApplicationFactory app, IReadOnlyList<HallEvent> batch) =>
        app.Services.GetRequiredService<IEventIngestor>().IngestAsync(batch, townScope: null, CancellationToken.None);
}
