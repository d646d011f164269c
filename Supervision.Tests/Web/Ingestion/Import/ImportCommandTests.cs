using Supervision.Tests.Web.Cli;
using Supervision.Web.Ingestion.Import;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion.Import;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Rejected_file_exits_with_1_and_reports_row_column_and_reason_in_chinese()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = ImportFiles.StartApp(db);
        using var files = new ImportFiles();
        var lines = ImportFiles.ExampleLines.ToList();
        lines[2] = lines[2].Replace("RS-002", "RS-404", StringComparison.Ordinal);

        var (exitCode, output, error) = await CliRun.InvokeAsync(app.Services, "import", files.Write("bad.csv", lines));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "导入被拒绝：发现 1 处问题，整个文件未写入任何数据。请修改后重新导入。\n  第 3 行“事项编码”列：未知事项编码 \"RS-404\"\n",
            error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("完成", output);
        Assert.Empty(await app.StoredIdsAsync());
    }

    [Fact]
    public async Task Imported_file_exits_with_0_after_progress_lines_and_a_summary()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = ImportFiles.StartApp(db);

        var (exitCode, output, error) = await CliRun.InvokeAsync(app.Services, "import", ImportFiles.ExampleCsv);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("已读取 48 行（CSV，UTF-8 编码），正在校验……", lines[1]);
        Assert.Equal("校验通过：48 行办件，194 个事件。", lines[2]);
        Assert.Equal("正在写入 194 个事件（一个事务，全部成功或全部不写）……", lines[3]);
        Assert.StartsWith("完成：48 行办件，194 个事件，新存储 194 个，已存在（重复）0 个，用时 ", lines[4]);
    }

    [Fact]
    public async Task Dry_run_checks_the_file_and_writes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = ImportFiles.StartApp(db);

        var (exitCode, output, _) = await CliRun.InvokeAsync(app.Services, "import", ImportFiles.ExampleXlsx, "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Contains("校验通过（未写入）：48 行办件，将生成 194 个事件", output);
        Assert.Empty(await app.StoredIdsAsync());
    }

    [Fact]
    public async Task Missing_file_argument_prints_usage_and_exits_with_2()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = ImportFiles.StartApp(db);

        var (exitCode, _, error) = await CliRun.InvokeAsync(app.Services, "import");

        Assert.Equal(2, exitCode);
        Assert.Equal("命令缺少所需参数: 'import'.\n用“import --help”查看用法。\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Import_is_a_registered_cli_verb()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = ImportFiles.StartApp(db);
        using var scope = app.Services.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetService<ImportCommand>());
    }
}
