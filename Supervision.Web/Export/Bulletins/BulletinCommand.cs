using System.CommandLine;
using Supervision.Web.Cli;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// <c>bulletin --week 2020-W40 --out 通报.xlsx</c> (or <c>--month 2020-10</c>, or <c>--from 2020-10-01 --to 2020-10-31</c>):
/// issues a bulletin, like the page and the API, and saves its workbook.
/// </summary>
internal sealed class BulletinCommand(BulletinService bulletins) : ICliCommand
{
    private static readonly Option<string?> WeekOption = new("--week") { Description = "按周印发，如 2020-W40", HelpName = "年-W周" };
    private static readonly Option<string?> MonthOption = new("--month") { Description = "按月印发，如 2020-10", HelpName = "年-月" };
    private static readonly Option<string?> FromOption = new("--from") { Description = "自定义期间的开始日期，如 2020-10-01（与 --to 同用）", HelpName = "日期" };
    private static readonly Option<string?> ToOption = new("--to") { Description = "自定义期间的结束日期（含），如 2020-10-31", HelpName = "日期" };
    private static readonly Option<string?> OutOption = new("--out") { Description = "保存的 Excel 文件；省略则按通报文件名存于当前目录", HelpName = "文件" };

    public static Command Define() => new("bulletin", "印发通报并保存 Excel（--week、--month 或 --from/--to 三选一）")
    {
        WeekOption, MonthOption, FromOption, ToOption, OutOption,
    };

    public async Task<int> RunAsync(ParseResult parsed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Period period;
        try
        {
            period = bulletins.ResolvePeriod(parsed.GetValue(WeekOption), parsed.GetValue(MonthOption),
                parsed.GetValue(FromOption), parsed.GetValue(ToOption));
        }
        catch (DomainException e)
        {
            // The period is part of the command line: a wrong one is a usage error, nothing was issued.
            await error.WriteLineAsync($"错误：{e.Message}");
            return CliExitCodes.Usage;
        }

        var issued = await bulletins.IssueAsync(period, null, ExportActor.CommandLine(), cancellationToken);
        var file = await bulletins.DownloadAsync(issued.Year, issued.Number, issued.Revision, ExportActor.CommandLine(), cancellationToken)
                   ?? throw new InvalidOperationException("刚印发的通报未能读出。");
        var path = Path.GetFullPath(parsed.GetValue(OutOption) ?? issued.FileName);
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        await output.WriteLineAsync($"已印发《{issued.Title}》（{issued.PeriodLabel}），保存至 {path}");
        return CliExitCodes.Success;
    }
}
