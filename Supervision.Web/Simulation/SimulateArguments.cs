using System.Globalization;

namespace Supervision.Web.Simulation;

/// <summary>The <c>simulate</c> verb's arguments: inclusive local dates and a seed.</summary>
internal sealed record SimulateArguments(DateOnly From, DateOnly To, int Seed, bool DryRun = false)
{
    public static readonly DateOnly DefaultFrom = new(2020, 5, 1);
    public static readonly DateOnly DefaultTo = new(2020, 12, 31);

    public const string Usage = "用法：simulate [--from 2020-05-01] [--to 2020-12-31] [--seed 42] [--dry-run]（日期含首尾，按北京时间；--dry-run 只生成不写入）";

    /// <summary>Parses the arguments; <paramref name="error"/> is a Chinese message when they are wrong.</summary>
    public static SimulateArguments? Parse(IReadOnlyList<string> args, int defaultSeed, out string? error)
    {
        var (from, to, seed, dryRun) = (DefaultFrom, DefaultTo, defaultSeed, false);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--dry-run")
            {
                dryRun = true;
                continue;
            }
            if (name is not ("--from" or "--to" or "--seed"))
            {
                error = $"未知参数：{name}。{Usage}";
                return null;
            }
            if (i + 1 >= args.Count)
            {
                error = $"参数 {name} 缺少值。{Usage}";
                return null;
            }
            var value = args[++i];
            if (name == "--seed")
            {
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
                {
                    error = $"种子“{value}”不是有效的整数。";
                    return null;
                }
                continue;
            }
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = $"日期“{value}”无效（参数 {name}），应为 yyyy-MM-dd 格式，例如 2020-05-01。";
                return null;
            }
            if (name == "--from")
            {
                from = date;
            }
            else
            {
                to = date;
            }
        }
        if (from > to)
        {
            error = $"开始日期 {from:yyyy-MM-dd} 晚于结束日期 {to:yyyy-MM-dd}。";
            return null;
        }
        error = null;
        return new SimulateArguments(from, to, seed, dryRun);
    }
}
