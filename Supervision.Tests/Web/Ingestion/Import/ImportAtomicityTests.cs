using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion.Import;

/// <summary>A file is imported whole or not at all, and importing it again adds nothing.</summary>
public sealed class ImportAtomicityTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Importing_the_same_file_again_stores_no_new_events(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = ImportFiles.StartApp(db);
        var importer = ImportFiles.Importer(app);
        await importer.ImportAsync(ImportFiles.ExampleCsv, dryRun: false, progress: null, CancellationToken.None);
        var before = await app.QueryAsync(ProjectionSnapshot.TakeAsync);

        // The .xlsx holds the same cases: it is "the same file" as far as the store is concerned.
        var again = await importer.ImportAsync(ImportFiles.ExampleXlsx, dryRun: false, progress: null, CancellationToken.None);

        Assert.Equal((194, 0, 194), (again.Events, again.Stored, again.Duplicates));
        Assert.Equal(194, await app.QueryAsync(d => d.Set<StoredEvent>().CountAsync()));
        Assert.Equal(before, await app.QueryAsync(ProjectionSnapshot.TakeAsync));
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Rejected_file_leaves_the_event_table_and_every_projection_unchanged(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = ImportFiles.StartApp(db);
        using var files = new ImportFiles();
        var importer = ImportFiles.Importer(app);
        await importer.ImportAsync(ImportFiles.ExampleCsv, dryRun: false, progress: null, CancellationToken.None);
        var before = await app.QueryAsync(ProjectionSnapshot.TakeWithEventsAsync);
        // 47 new, valid cases (renumbered) that touch the same towns and days, and one bad row at the end.
        var lines = ImportFiles.ExampleLines.Select((line, i) => i == 0 ? line : "X" + line).ToList();
        lines[^1] = lines[^1].Replace("370323001-S", "370323002-S", StringComparison.Ordinal);
        var bad = files.Write("bad.csv", lines);

        var result = await importer.ImportAsync(bad, dryRun: false, progress: null, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal((49, "工作人员编号"), (error.Row, error.Column));
        Assert.Equal(0, result.Stored);
        Assert.Equal(before, await app.QueryAsync(ProjectionSnapshot.TakeWithEventsAsync));
    }
}
