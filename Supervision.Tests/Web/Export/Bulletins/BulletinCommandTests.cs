using Supervision.Tests.Web.Cli;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Export.Bulletins;

public sealed class BulletinCommandTests : IngestionAppTest
{
    [Fact]
    public async Task A_week_bulletin_is_issued_and_its_workbook_saved_where_asked()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bulletin-{Guid.NewGuid():N}.xlsx");

        var (exitCode, output, error) = await CliRun.InvokeAsync(App.Services, "bulletin", "--week", "2020-W26", "--out", file);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.StartsWith("已印发《", output);
        Assert.EndsWith($"（2020年第26周（6月22日—6月28日）），保存至 {file}\n", output.ReplaceLineEndings("\n"));
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(file))[..2]);
        File.Delete(file);
    }

    [Fact]
    public async Task A_wrong_period_exits_with_2_and_issues_nothing()
    {
        var (exitCode, output, error) = await CliRun.InvokeAsync(App.Services, "bulletin", "--month", "2020-13");

        Assert.Equal((2, ""), (exitCode, output));
        Assert.StartsWith("错误：", error);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error[3..]);
    }

    [Fact]
    public async Task An_unknown_option_exits_with_2()
    {
        var (exitCode, _, error) = await CliRun.InvokeAsync(App.Services, "bulletin", "--weak", "2020-W40");

        Assert.Equal(2, exitCode);
        Assert.Contains("未识别命令或参数“'--weak'”", error);
    }
}
