using Supervision.Domain.Events;
using Supervision.Domain.Reference;
using Supervision.Web.Data.Seed;
using static Supervision.Tests.Web.Ingestion.Samples;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>
/// A re-seed that shortens a promise (RS-002: 5 → 2 working days from Mon 06-15) and merges a window into
/// 综合受理 must not rewrite history: the case accepted Mon 06-01 keeps its 5 days and its window kind
/// through incremental projections and through a full rebuild; a case accepted after the change takes the new ones.
/// </summary>
public sealed class ReferenceHistoryIngestionTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly DateOnly ChangedOn = new(2020, 6, 15);

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task A_reseed_that_changes_a_promise_or_a_window_kind_leaves_earlier_cases_as_they_were_after_a_rebuild(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();
        await ingestor.IngestAsync([AcceptedCase("e1", "C1")], null, CancellationToken.None);

        var seed = SeedDataLoader.Load(SeedDataLocator.Locate(new SeedDataOptions(), AppContext.BaseDirectory));
        seed.Items.Single(i => i.Code == Item).PromisedDays = 2;
        seed.Windows.Single(w => w.Code == Samples.Window).Kind = WindowKind.Specialised;
        await app.QueryAsync(d => ReferenceDataSeeder.SeedAsync(d, seed, ChangedOn));
        app.Services.GetRequiredService<ReferenceCatalogCache>().Invalidate();

        var later = (CaseAccepted)AcceptedCase("e2", "C2");
        await ingestor.IngestAsync([later with { At = later.At.AddDays(15) }], null, CancellationToken.None);
        await app.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(CancellationToken.None);

        var cases = await app.QueryAsync(d => d.Set<CaseRecord>().AsNoTracking().OrderBy(c => c.CaseId)
            .Select(c => new { c.PromisedDays, c.AcceptedAtComprehensive }).ToListAsync());
        Assert.Equal([(5, true), (2, false)], cases.Select(c => (c.PromisedDays ?? -1, c.AcceptedAtComprehensive)));
    }
}
