using Supervision.Tests.Web.Cli;

namespace Supervision.Tests.Web.Ingestion.ApiKeys;

public sealed class ApiKeyCommandTests : IngestionAppTest
{
    [Fact]
    public async Task List_shows_each_key_with_its_scope_rights_times_and_state()
    {
        await CliRun.InvokeAsync(App.Services, "apikey", "create", "--name", "南麻叫号机", "--town", "370323001");
        await CliRun.InvokeAsync(App.Services, "apikey", "create", "--name", "县平台", "--scope", "ingest,read");

        var (exitCode, output, error) = await CliRun.InvokeAsync(App.Services, "apikey", "list");

        Assert.Equal((0, ""), (exitCode, error));
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var created = IngestionApp.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("编号\t前缀\t名称\t范围\t权限\t创建时间\t最近使用\t状态", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains($"\t南麻叫号机\t镇街 370323001\t上报事件\t{created}\t从未使用\t有效", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($"\t县平台\t全县\t上报事件、读取\t{created}\t从未使用\t有效", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_of_no_keys_says_so()
    {
        var (exitCode, output, _) = await CliRun.InvokeAsync(App.Services, "apikey", "list");

        Assert.Equal((0, "尚无密钥。\n"), (exitCode, output.ReplaceLineEndings("\n")));
    }

    [Fact]
    public async Task Revoke_by_prefix_revokes_that_key_only_and_audits_it_as_the_cli_user()
    {
        await CliRun.InvokeAsync(App.Services, "apikey", "create", "--name", "旧叫号机");
        await CliRun.InvokeAsync(App.Services, "apikey", "create", "--name", "新叫号机");
        var keys = await App.Services.GetRequiredService<ApiKeyService>().ListAsync(CancellationToken.None);
        var old = keys.Single(k => k.Name == "旧叫号机");

        var (exitCode, output, error) = await CliRun.InvokeAsync(App.Services, "apikey", "revoke", old.Prefix);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.StartsWith($"密钥 #{old.Id}（{old.Prefix}…「旧叫号机」）已吊销，吊销时间 ", output);
        var after = await App.Services.GetRequiredService<ApiKeyService>().ListAsync(CancellationToken.None);
        Assert.NotNull(after.Single(k => k.Name == "旧叫号机").RevokedAt);
        Assert.Null(after.Single(k => k.Name == "新叫号机").RevokedAt);
        var audit = await App.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.ApiKeyRevoked));
        Assert.StartsWith("cli:", audit.Entries.Single().Actor);
    }

    [Fact]
    public async Task Revoke_of_an_unknown_key_exits_with_1_and_a_chinese_reason()
    {
        var (exitCode, _, error) = await CliRun.InvokeAsync(App.Services, "apikey", "revoke", "nosuchkey");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error);
    }

    [Fact]
    public async Task Revoke_without_a_key_exits_with_2()
    {
        var (exitCode, _, error) = await CliRun.InvokeAsync(App.Services, "apikey", "revoke");

        Assert.Equal(2, exitCode);
        Assert.EndsWith("用“apikey revoke --help”查看用法。\n", error.ReplaceLineEndings("\n"));
    }
}
