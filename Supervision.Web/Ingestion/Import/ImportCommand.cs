using System.CommandLine;
using Supervision.Web.Cli;

namespace Supervision.Web.Ingestion.Import;

/// <summary>
/// <c>import FILE.xlsx|FILE.csv [--dry-run]</c>: imports historical cases (template: docs/import.md).
/// Exit code 0 when stored (or, with --dry-run, when the file passed every check), 1 when the file was
/// rejected (nothing written; the report lists row, column and reason), 2 for wrong arguments.
/// </summary>
internal sealed class ImportCommand(CaseImporter importer) : ICliCommand
{
    /// <summary>More problems than this are counted, not listed: the first ones show what is wrong.</summary>
    public const int MaxListed = 200;

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly Argument<string> FileArgument = new("文件") { Description = "Excel（.xlsx）或 CSV 文件，模板见 docs/import.md" };

    private static readonly Option<bool> DryRunOption = new("--dry-run") { Description = "只校验，不写入" };

    public static Command Define() => new("import", "从 Excel/CSV 导入历史办件（模板见 docs/import.md）") { FileArgument, DryRunOption };

    public async Task<int> RunAsync(ParseResult parsed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (file, dryRun) = (parsed.GetRequiredValue(FileArgument), parsed.GetValue(DryRunOption));
        await output.WriteLineAsync($"导入历史办件：{file}{(dryRun ? "（只校验，不写入）" : "")}");
        var result = await importer.ImportAsync(file, dryRun, new Progress(output), cancellationToken);
        if (result.IgnoredColumns.Count > 0)
        {
            await output.WriteLineAsync($"已忽略模板以外的列：{string.Join("、", result.IgnoredColumns)}");
        }
        if (result.Rejected)
        {
            await ReportRejectionAsync(result, error);
            return CliExitCodes.Failed;
        }
        await output.WriteLineAsync(string.Format(Chinese,
            dryRun
                ? "校验通过（未写入）：{0:N0} 行办件，将生成 {1:N0} 个事件，用时 {4:N1} 秒。"
                : "完成：{0:N0} 行办件，{1:N0} 个事件，新存储 {2:N0} 个，已存在（重复）{3:N0} 个，用时 {4:N1} 秒。",
            result.Rows, result.Events, result.Stored, result.Duplicates, result.Elapsed.TotalSeconds));
        return CliExitCodes.Success;
    }

    private static async Task ReportRejectionAsync(CaseImportResult result, TextWriter error)
    {
        await error.WriteLineAsync(string.Format(Chinese,
            "导入被拒绝：发现 {0:N0} 处问题，整个文件未写入任何数据。请修改后重新导入。", result.Errors.Count));
        foreach (var problem in result.Errors.Take(MaxListed))
        {
            await error.WriteLineAsync($"  {problem}");
        }
        if (result.Errors.Count > MaxListed)
        {
            await error.WriteLineAsync(string.Format(Chinese, "  ……另有 {0:N0} 处问题未列出。", result.Errors.Count - MaxListed));
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
