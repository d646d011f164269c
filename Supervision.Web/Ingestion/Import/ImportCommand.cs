using System.Globalization;
using Supervision.Web.Cli;

namespace Supervision.Web.Ingestion.Import;

/// <summary>
/// <c>import FILE.xlsx|FILE.csv [--dry-run]</c>: imports historical cases (template: docs/import.md).
/// Exit code 0 when stored (or, with --dry-run, when the file passed every check), 1 when the file was
/// rejected (nothing written; the report lists row, column and reason), 2 for wrong arguments.
/// </summary>
internal sealed class ImportCommand(CaseImporter importer) : ICliCommand
{
    public const string Usage = "用法：import 文件.xlsx|文件.csv [--dry-run]（模板见 docs/import.md；--dry-run 只校验不写入）";

    /// <summary>More problems than this are counted, not listed: the first ones show what is wrong.</summary>
    public const int MaxListed = 200;

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public string Name => "import";

    public string Summary => "从 Excel/CSV 导入历史办件（模板见 docs/import.md）";

    internal TextWriter Output { get; init; } = Console.Out;
    internal TextWriter Error { get; init; } = Console.Error;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var dryRun = args.Contains("--dry-run");
        var files = args.Where(a => a != "--dry-run").ToList();
        if (files.Count != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Error.WriteLineAsync(Usage);
            return 2;
        }

        await Output.WriteLineAsync($"导入历史办件：{files[0]}{(dryRun ? "（只校验，不写入）" : "")}");
        var result = await importer.ImportAsync(files[0], dryRun, new Progress(Output), cancellationToken);
        if (result.IgnoredColumns.Count > 0)
        {
            await Output.WriteLineAsync($"已忽略模板以外的列：{string.Join("、", result.IgnoredColumns)}");
        }
        if (result.Rejected)
        {
            await ReportRejectionAsync(result);
            return 1;
        }
        await Output.WriteLineAsync(string.Format(Chinese,
            dryRun
                ? "校验通过（未写入）：{0:N0} 行办件，将生成 {1:N0} 个事件，用时 {4:N1} 秒。"
                : "完成：{0:N0} 行办件，{1:N0} 个事件，新存储 {2:N0} 个，已存在（重复）{3:N0} 个，用时 {4:N1} 秒。",
            result.Rows, result.Events, result.Stored, result.Duplicates, result.Elapsed.TotalSeconds));
        return 0;
    }

    private async Task ReportRejectionAsync(CaseImportResult result)
    {
        await Error.WriteLineAsync(string.Format(Chinese,
            "导入被拒绝：发现 {0:N0} 处问题，整个文件未写入任何数据。请修改后重新导入。", result.Errors.Count));
        foreach (var error in result.Errors.Take(MaxListed))
        {
            await Error.WriteLineAsync($"  {error}");
        }
        if (result.Errors.Count > MaxListed)
        {
            await Error.WriteLineAsync(string.Format(Chinese, "  ……另有 {0:N0} 处问题未列出。", result.Errors.Count - MaxListed));
        }
    }

    // Reported synchronously: System.Progress would post to the thread pool and could print after the summary.
    private sealed class Progress(TextWriter output) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => output.WriteLine(value.Stage switch
        {
            ImportStage.Read => string.Format(Chinese, "已读取 {0:N0} 行（{1}），正在校验……", value.Rows, value.Source),
            ImportStage.Checked => string.Format(Chinese, "校验通过：{0:N0} 行办件，{1:N0} 个事件。", value.Rows, value.Events),
            _ => string.Format(Chinese, "正在写入 {0:N0} 个事件（一个事务，全部成功或全部不写）……", value.Events),
        });
    }
}
