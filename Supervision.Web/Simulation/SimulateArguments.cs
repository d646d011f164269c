using System.CommandLine;
using System.CommandLine.Parsing;

namespace Supervision.Web.Simulation;

/// <summary>The <c>simulate</c> verb's arguments: inclusive local dates and a seed.</summary>
internal sealed record SimulateArguments(DateOnly From, DateOnly To, int Seed, bool DryRun = false)
{
    public static readonly DateOnly DefaultFrom = new(2020, 5, 1);
    public static readonly DateOnly DefaultTo = new(2020, 12, 31);

    private static readonly Option<DateOnly> FromOption = DateOption("--from", "开始日期（含，北京时间）", DefaultFrom);
    private static readonly Option<DateOnly> ToOption = DateOption("--to", "结束日期（含，北京时间）", DefaultTo);
    private static readonly Option<int?> SeedOption = new("--seed")
    {
        Description = "随机种子；省略则用配置项 Simulator:Seed",
        HelpName = "整数",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
            {
                return seed;
            }
            result.AddError($"种子“{text}”不是有效的整数。");
            return null;
        },
    };
    private static readonly Option<bool> DryRunOption = new("--dry-run") { Description = "只生成并计数，不写入" };

    public static Command Define() => new("simulate", "生成模拟历史数据并经上报通道写入（可重复执行，已存在的事件计为重复）")
    {
        FromOption, ToOption, SeedOption, DryRunOption,
    };

    /// <summary>The arguments of a command line that parsed; <paramref name="error"/> says why they do not fit together.</summary>
    public static SimulateArguments? Read(ParseResult parsed, int defaultSeed, out string? error)
    {
        var (from, to) = (parsed.GetValue(FromOption), parsed.GetValue(ToOption));
        if (from > to)
        {
            error = $"开始日期 {from:yyyy-MM-dd} 晚于结束日期 {to:yyyy-MM-dd}。";
            return null;
        }
        error = null;
        return new SimulateArguments(from, to, parsed.GetValue(SeedOption) ?? defaultSeed, parsed.GetValue(DryRunOption));
    }

    private static Option<DateOnly> DateOption(string name, string description, DateOnly fallback) => new(name)
    {
        Description = $"{description}，yyyy-MM-dd，默认 {fallback:yyyy-MM-dd}",
        HelpName = "日期",
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseDate(result, name),
    };

    private static DateOnly ParseDate(ArgumentResult result, string name)
    {
        var text = result.Tokens.Single().Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        result.AddError($"日期“{text}”无效（参数 {name}），应为 yyyy-MM-dd 格式，例如 2020-05-01。");
        return default;
    }
}
