using Supervision.Domain;
using Supervision.Domain.Figures;
using Supervision.Web.Cli;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// <c>bulletin --week 2020-W40 --out 通报.xlsx</c> (or <c>--month 2020-10</c>, or <c>--from 2020-10-01 --to 2020-10-31</c>):
/// issues a bulletin, like the page and the API, and saves its workbook.
/// </summary>
internal sealed class BulletinCommand(BulletinService bulletins) : ICliCommand
{
    public string Name => "bulletin";

    public string Summary => "印发通报并保存 Excel：bulletin --week 2020-W40 | --month 2020-10 | --from 2020-10-01 --to 2020-10-31 [--out 通报.xlsx]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (IsHostSetting(name))
            {
                continue; // e.g. --ConnectionStrings:Supervision=…, already read by the host's configuration
            }
            if (name is not ("--week" or "--month" or "--from" or "--to" or "--out"))
            {
                return Fail($"未知参数“{name}”。");
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail($"参数 {name} 缺少取值。");
            }
            options[name] = args[++i];
        }

        Period period;
        try
        {
            period = bulletins.ResolvePeriod(options.GetValueOrDefault("--week"), options.GetValueOrDefault("--month"),
                options.GetValueOrDefault("--from"), options.GetValueOrDefault("--to"));
        }
        catch (DomainException e)
        {
            return Fail(e.Message);
        }

        var issued = await bulletins.IssueAsync(period, null, ExportActor.CommandLine(), cancellationToken);
        var file = await bulletins.DownloadAsync(issued.Year, issued.Number, issued.Revision, ExportActor.CommandLine(), cancellationToken)
                   ?? throw new InvalidOperationException("刚印发的通报未能读出。");
        var path = Path.GetFullPath(options.GetValueOrDefault("--out") ?? issued.FileName);
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        Console.WriteLine($"已印发《{issued.Title}》（{issued.PeriodLabel}），保存至 {path}");
        return 0;
    }

    private static bool IsHostSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    private int Fail(string message)
    {
        Console.Error.WriteLine($"错误：{message}");
        Console.Error.WriteLine($"用法：{Summary}");
        return 2;
    }
}
