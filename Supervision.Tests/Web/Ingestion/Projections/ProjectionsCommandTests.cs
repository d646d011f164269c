using Supervision.Tests.Web.Cli;
using Supervision.Tests.Web.Ingestion.Import;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion.Projections;

public sealed class ProjectionsCommandTests
{
    [Fact]
    public async Task Rebuild_reads_every_stored_event_and_recomputes_the_same_records()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = ImportFiles.StartApp(db);
        Assert.Equal(0, (await CliRun.InvokeAsync(app.Services, "import", ImportFiles.ExampleCsv)).ExitCode);
        var before = await app.QueryAsync(ProjectionSnapshot.TakeAsync);

        var (exitCode, output, error) = await CliRun.InvokeAsync(app.Services, "projections", "rebuild");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.StartsWith("重建完成：读取事件 194 条，", output);
        var after = await app.QueryAsync(ProjectionSnapshot.TakeAsync);
        Assert.NotEmpty(before["CaseRecords"]);
        Assert.All(before.Keys, table => Assert.Equal(before[table], after[table]));
    }

    [Fact]
    public async Task Projections_without_rebuild_exits_with_2_and_names_the_sub_verb()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        var (exitCode, _, error) = await CliRun.InvokeAsync(app.Services, "projections");

        Assert.Equal(2, exitCode);
        Assert.EndsWith("用“projections --help”查看用法。\n", error.ReplaceLineEndings("\n"));
    }
}
