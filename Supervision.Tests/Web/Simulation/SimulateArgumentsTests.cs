namespace Supervision.Tests.Web.Simulation;

public sealed class SimulateArgumentsTests
{
    [Fact]
    public void Parses_from_to_and_seed()
    {
        var parsed = Read(["--from", "2020-05-01", "--to", "2020-12-31", "--seed", "7"], out var error);

        Assert.Null(error);
        Assert.Equal(new SimulateArguments(new DateOnly(2020, 5, 1), new DateOnly(2020, 12, 31), 7), parsed);
    }

    [Fact]
    public void Defaults_to_the_pilot_period_and_the_configured_seed()
    {
        var parsed = Read([], out _);

        Assert.Equal(new SimulateArguments(new DateOnly(2020, 5, 1), new DateOnly(2020, 12, 31), 42), parsed);
    }

    [Fact]
    public void Dry_run_generates_without_storing()
    {
        var parsed = Read(["--dry-run", "--seed", "1"], out _);

        Assert.True(parsed!.DryRun);
    }

    [Fact]
    public async Task A_bad_date_is_refused_with_a_chinese_message()
    {
        var (exitCode, error) = await RefuseAsync("--from", "2020-13-01");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("日期“2020-13-01”无效（参数 --from），应为 yyyy-MM-dd 格式", error);
    }

    [Fact]
    public void From_after_to_is_refused()
    {
        var parsed = Read(["--from", "2020-12-31", "--to", "2020-05-01"], out var error);

        Assert.Null(parsed);
        Assert.Equal("开始日期 2020-12-31 晚于结束日期 2020-05-01。", error);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_with_a_pointer_to_the_help()
    {
        var (exitCode, error) = await RefuseAsync("--speed", "3");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("未识别命令或参数“'--speed'”", error);
        Assert.EndsWith("用“simulate --help”查看用法。\n", error);
    }

    [Fact]
    public async Task A_missing_value_is_refused()
    {
        var (exitCode, error) = await RefuseAsync("--to");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("选项缺少所需参数: '--to'.", error);
    }

    [Fact]
    public async Task A_seed_that_is_not_an_integer_is_refused()
    {
        var (exitCode, error) = await RefuseAsync("--seed", "abc");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("种子“abc”不是有效的整数。", error);
    }

    private static SimulateArguments? Read(string[] args, out string? error)
    {
        var parsed = new SupervisionCommandLine().Root.Parse(["simulate", .. args]);
        Assert.Empty(parsed.Errors);
        return SimulateArguments.Read(parsed, 42, out error);
    }

    /// <summary>Arguments refused before the app is even started.</summary>
    private static async Task<(int ExitCode, string Error)> RefuseAsync(params string[] args)
    {
        var error = new StringWriter();
        var exitCode = await new SupervisionCommandLine().InvokeAsync(
            ["simulate", .. args], _ => throw new InvalidOperationException("wrong arguments must not start the app"), new StringWriter(), error);
        return (exitCode, error.ToString().ReplaceLineEndings("\n"));
    }
}
