using Microsoft.Extensions.DependencyInjection;
using Supervision.Web.Cli;
using Supervision.Web.Ingestion.Import;

namespace Supervision.Tests.Web.Ingestion.Import;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Rejected_file_exits_with_1_and_reports_row_column_and_reason_in_chinese()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        using var app = ImportFiles.StartApp(db);
        using var files = new ImportFiles();
        var lines = ImportFiles.ExampleLines.ToList();
        lines[2] = lines[2].Replace("RS-002", "RS-404", StringComparison.Ordinal);
        var (command, output, error) = Command(app);

        var exitCode = await command.RunAsync([files.Write("bad.csv", lines)], CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "导入被拒绝：发现 1 处问题，整个文件未写入任何数据。请修改后重新导入。\n  第 3 行“事项编码”列：未知事项编码 \"RS-404\"\n",
            error.ToString().ReplaceLineEndings("\n"));
        Assert.DoesNotContain("完成", output.ToString());
        Assert.Empty(await app.StoredIdsAsync());
    }

    [Fact]
    public async Task Imported_file_exits_with_0_after_progress_lines_and_a_summary()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        using var app = ImportFiles.StartApp(db);
        var (command, output, error) = Command(app);

        var exitCode = await command.RunAsync([ImportFiles.ExampleCsv], CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Empty(error.ToString());
        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("已读取 48 行（CSV，UTF-8 编码），正在校验……", lines[1]);
        Assert.Equal("校验通过：48 行办件，194 个事件。", lines[2]);
        Assert.Equal("正在写入 194 个事件（一个事务，全部成功或全部不写）……", lines[3]);
        Assert.StartsWith("完成：48 行办件，194 个事件，新存储 194 个，已存在（重复）0 个，用时 ", lines[4]);
    }

    [Fact]
    public async Task Dry_run_checks_the_file_and_writes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        using var app = ImportFiles.StartApp(db);
        var (command, output, _) = Command(app);

        var exitCode = await command.RunAsync([ImportFiles.ExampleXlsx, "--dry-run"], CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("校验通过（未写入）：48 行办件，将生成 194 个事件", output.ToString());
        Assert.Empty(await app.StoredIdsAsync());
    }

    [Fact]
    public async Task Missing_file_argument_prints_usage_and_exits_with_2()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        using var app = ImportFiles.StartApp(db);
        var (command, _, error) = Command(app);

        Assert.Equal(2, await command.RunAsync([], CancellationToken.None));
        Assert.StartsWith("用法：import", error.ToString());
    }

    [Fact]
    public async Task Import_is_a_registered_cli_verb()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        using var app = ImportFiles.StartApp(db);
        using var scope = app.Services.CreateScope();

        Assert.Contains(scope.ServiceProvider.GetServices<ICliCommand>(), c => c is ImportCommand { Name: "import" });
    }

    private static (ImportCommand Command, StringWriter Output, StringWriter Error) Command(IngestionApp app)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        return (new ImportCommand(ImportFiles.Importer(app)) { Output = output, Error = error }, output, error);
    }
}
