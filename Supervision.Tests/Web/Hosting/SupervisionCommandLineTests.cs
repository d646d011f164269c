namespace Supervision.Tests.Web.Hosting;

public sealed class SupervisionCommandLineTests
{
    private static readonly Func<CancellationToken, Task<IServiceProvider>> NoApp =
        _ => throw new InvalidOperationException("help and wrong arguments must not start the app");

    [Fact]
    public async Task Help_lists_every_verb_in_chinese_without_starting_the_app()
    {
        var (exitCode, output, _) = await InvokeAsync("--help");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        Assert.Equal("说明：", lines[0]);
        Assert.Contains("用法：", lines);
        Assert.Contains("  dotnet Supervision.Web.dll [命令] [选项]", lines);
        Assert.Contains("命令：", lines);
        foreach (var verb in new[] { "apikey", "bulletin", "calendar", "import", "projections", "simulate" })
        {
            Assert.Contains(lines, l => l.StartsWith($"  {verb} ", StringComparison.Ordinal) && l.Any(c => c is >= '\u4e00' and <= '\u9fff'));
        }
        Assert.Contains(lines, l => l.Contains("--help", StringComparison.Ordinal) && l.EndsWith("显示帮助和用法", StringComparison.Ordinal));
        Assert.DoesNotContain("Description", output);
        Assert.DoesNotContain("Show help", output);
    }

    [Fact]
    public async Task Help_of_a_sub_verb_is_shown_even_when_its_required_option_is_missing()
    {
        var (exitCode, output, error) = await InvokeAsync("apikey", "create", "--help");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains("  dotnet Supervision.Web.dll apikey create [选项]", output);
        Assert.Contains("密钥名称，如 南麻街道叫号机（必填）", output);
    }

    [Fact]
    public async Task An_unknown_verb_exits_with_2_and_a_chinese_message()
    {
        var (exitCode, _, error) = await InvokeAsync("backup");

        Assert.Equal(2, exitCode);
        Assert.Contains("未识别命令或参数“'backup'”", error);
        Assert.EndsWith("用“--help”查看用法。\n", error);
    }

    [Fact]
    public async Task A_missing_required_option_exits_with_2_and_names_it_in_chinese()
    {
        var (exitCode, _, error) = await InvokeAsync("apikey", "create", "--town", "370323001");

        Assert.Equal((2, "缺少 --name（密钥名称）。\n用“apikey create --help”查看用法。\n"), (exitCode, error));
    }

    [Fact]
    public async Task An_unknown_scope_exits_with_2_before_any_key_is_made()
    {
        var (exitCode, _, error) = await InvokeAsync("apikey", "create", "--name", "叫号机", "--scope", "ingest,write");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("未知权限：write（可选 ingest、read）。", error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await new SupervisionCommandLine().InvokeAsync(args, NoApp, output, error);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
