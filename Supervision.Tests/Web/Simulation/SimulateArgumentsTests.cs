using Supervision.Web.Simulation;

namespace Supervision.Tests.Web.Simulation;

public sealed class SimulateArgumentsTests
{
    [Fact]
    public void Parses_from_to_and_seed()
    {
        var parsed = SimulateArguments.Parse(["--from", "2020-05-01", "--to", "2020-12-31", "--seed", "7"], 42, out var error);

        Assert.Null(error);
        Assert.Equal(new SimulateArguments(new DateOnly(2020, 5, 1), new DateOnly(2020, 12, 31), 7), parsed);
    }

    [Fact]
    public void Defaults_to_the_pilot_period_and_the_configured_seed()
    {
        var parsed = SimulateArguments.Parse([], 42, out _);

        Assert.Equal(new SimulateArguments(new DateOnly(2020, 5, 1), new DateOnly(2020, 12, 31), 42), parsed);
    }

    [Fact]
    public void Dry_run_generates_without_storing()
    {
        var parsed = SimulateArguments.Parse(["--dry-run", "--seed", "1"], 42, out _);

        Assert.True(parsed!.DryRun);
    }

    [Fact]
    public void A_bad_date_is_refused_with_a_chinese_message()
    {
        var parsed = SimulateArguments.Parse(["--from", "2020-13-01"], 42, out var error);

        Assert.Null(parsed);
        Assert.Contains("日期“2020-13-01”无效", error);
    }

    [Fact]
    public void From_after_to_is_refused()
    {
        var parsed = SimulateArguments.Parse(["--from", "2020-12-31", "--to", "2020-05-01"], 42, out var error);

        Assert.Null(parsed);
        Assert.Equal("开始日期 2020-12-31 晚于结束日期 2020-05-01。", error);
    }

    [Fact]
    public void An_unknown_option_is_refused_with_the_usage()
    {
        var parsed = SimulateArguments.Parse(["--speed", "3"], 42, out var error);

        Assert.Null(parsed);
        Assert.StartsWith("未知参数：--speed。用法：simulate", error);
    }

    [Fact]
    public void A_missing_value_is_refused()
    {
        var parsed = SimulateArguments.Parse(["--to"], 42, out var error);

        Assert.Null(parsed);
        Assert.StartsWith("参数 --to 缺少值。", error);
    }

    [Fact]
    public void A_seed_that_is_not_an_integer_is_refused()
    {
        var parsed = SimulateArguments.Parse(["--seed", "abc"], 42, out var error);

        Assert.Null(parsed);
        Assert.Equal("种子“abc”不是有效的整数。", error);
    }
}
