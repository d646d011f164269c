using System.CommandLine;
using Supervision.Web.Cli;
using Supervision.Web.Security.Audit;
using Supervision.Web.Common;

namespace Supervision.Web.Calendar;

/// <summary><c>calendar import FILE</c>: enters one year's 放假安排 from a holiday-cn JSON or a holidays CSV file.</summary>
internal sealed class CalendarCommand(HolidayCalendarService calendar) : ICliCommand
{
    private static readonly Argument<string> FileArgument = new("文件")
    {
        Description = "某一年的放假安排：holiday-cn JSON（如 reference/holidays-cn/2027.json），" +
                      "或 CSV（表头 date,offDay,name，与 seed-data/holidays.csv 相同，只含一个年份）",
    };

    public static Command Define() => new("calendar", "节假日安排")
    {
        new Command("import", "录入一年的节假日安排，并重新计算受影响的办件") { FileArgument },
    };

    public async Task<int> RunAsync(ParseResult parsed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = parsed.GetRequiredValue(FileArgument);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"找不到文件：{path}");
            return CliExitCodes.Failed;
        }
        try
        {
            var year = HolidayFile.Parse(await File.ReadAllTextAsync(path, cancellationToken));
            var saved = await calendar.SaveYearAsync(year, AuditActor.CommandLine, Path.GetFileName(path), cancellationToken);
            await output.WriteLineAsync(
                $"已录入 {saved.Year} 年节假日安排：放假 {year.Days.Count(d => d.IsOffDay)} 天，调休上班 {year.Days.Count(d => !d.IsOffDay)} 天。正在重新计算受影响的办件……");
            if (await saved.Recalculation is not { } summary)
            {
                await error.WriteLineAsync("重新计算失败，详见日志。节假日安排已保存，可重新执行本命令再次计算。");
                return CliExitCodes.Failed;
            }
            await output.WriteLineAsync($"完成：重新计算 {summary.Subjects.Count:N0} 个对象，{summary.Days.Count:N0} 个镇街日的汇总。");
            return CliExitCodes.Success;
        }
        catch (Exception e) when (e is FormatException or DomainException)
        {
            await error.WriteLineAsync($"未录入：{e.Message}");
            return CliExitCodes.Failed;
        }
    }
}
