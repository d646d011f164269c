using System.CommandLine;
using Supervision.Web.Cli;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security.ApiKeys;

/// <summary><c>apikey create|list|revoke</c>: manages the keys hall systems post events with.</summary>
internal sealed class ApiKeyCommand(ApiKeyService keys, ApiKeyAdministration administration) : ICliCommand
{
    private static readonly Option<string> NameOption = new("--name") { Description = "密钥名称，如 南麻街道叫号机（必填）", HelpName = "名称" };

    private static readonly Option<string?> TownOption = new("--town") { Description = "镇街代码；省略则为全县通用密钥", HelpName = "镇街代码" };

    private static readonly Option<ApiKeyScopes> ScopeOption = new("--scope")
    {
        Description = "权限，逗号分隔：ingest（上报事件）、read（读取与订阅 /hubs/live）",
        HelpName = "ingest,read",
        DefaultValueFactory = _ => ApiKeyScopes.Ingest,
        CustomParser = result =>
        {
            var scopes = ApiKeyScopes.None;
            foreach (var part in result.Tokens.Single().Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                switch (part.ToLowerInvariant())
                {
                    case "ingest": scopes |= ApiKeyScopes.Ingest; break;
                    case "read": scopes |= ApiKeyScopes.Read; break;
                    default: result.AddError($"未知权限：{part}（可选 ingest、read）。"); break;
                }
            }
            return scopes;
        },
    };

    private static readonly Argument<string> KeyArgument = new("编号或前缀") { Description = "要吊销的密钥的编号或前缀" };

    public static Command Define() => new("apikey", "管理事件上报 API 密钥（create / list / revoke）")
    {
        Create(),
        new Command("list", "列出全部密钥及其状态"),
        new Command("revoke", "吊销密钥") { KeyArgument },
    };

    private static Command Create()
    {
        var create = new Command("create", "创建密钥；密钥只显示这一次") { NameOption, TownOption, ScopeOption };
        // A validator rather than Required: System.CommandLine words a missing required option in English only.
        create.Validators.Add(result =>
        {
            if (result.GetResult(NameOption) is null)
            {
                result.AddError("缺少 --name（密钥名称）。");
            }
        });
        return create;
    }

    public async Task<int> RunAsync(ParseResult parsed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return parsed.CommandResult.Command.Name switch
            {
                "create" => await CreateAsync(parsed, output, cancellationToken),
                "list" => await ListAsync(output, cancellationToken),
                _ => await RevokeAsync(parsed.GetRequiredValue(KeyArgument), output, cancellationToken),
            };
        }
        catch (DomainException e)
        {
            await error.WriteLineAsync(e.Message);
            return CliExitCodes.Failed;
        }
    }

    private async Task<int> CreateAsync(ParseResult parsed, TextWriter output, CancellationToken cancellationToken)
    {
        // Through the administration service so the creation is audited like one made on the admin page.
        var (key, secret) = await administration.CreateAsync(AuditActor.CommandLine,
            parsed.GetValue(NameOption)!, parsed.GetValue(TownOption), parsed.GetValue(ScopeOption), cancellationToken);
        await output.WriteLineAsync($"已创建密钥 #{key.Id}「{key.Name}」，范围：{Describe(key)}，权限：{DescribeScopes(key.Scopes)}。");
        await output.WriteLineAsync("密钥如下，仅显示这一次，请妥善保存：");
        await output.WriteLineAsync(secret);
        return CliExitCodes.Success;
    }

    private async Task<int> ListAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var all = await keys.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            await output.WriteLineAsync("尚无密钥。");
            return CliExitCodes.Success;
        }

        await output.WriteLineAsync("编号\t前缀\t名称\t范围\t权限\t创建时间\t最近使用\t状态");
        foreach (var key in all)
        {
            await output.WriteLineAsync(string.Join('\t',
                key.Id.ToString(CultureInfo.InvariantCulture), key.Prefix, key.Name, Describe(key), DescribeScopes(key.Scopes),
                Local(key.CreatedAt), key.LastUsedAt is { } used ? Local(used) : "从未使用",
                key.RevokedAt is { } revoked ? $"已吊销（{Local(revoked)}）" : "有效"));
        }
        return CliExitCodes.Success;
    }

    private async Task<int> RevokeAsync(string idOrPrefix, TextWriter output, CancellationToken cancellationToken)
    {
        var key = await administration.RevokeAsync(AuditActor.CommandLine, idOrPrefix, cancellationToken);
        await output.WriteLineAsync($"密钥 #{key.Id}（{key.Prefix}…「{key.Name}」）已吊销，吊销时间 {Local(key.RevokedAt!.Value)}。");
        return CliExitCodes.Success;
    }

    private static string Describe(ApiKey key) => key.TownCode is null ? "全县" : $"镇街 {key.TownCode}";

    private static string DescribeScopes(ApiKeyScopes scopes) =>
        string.Join('、', new[] { (ApiKeyScopes.Ingest, "上报事件"), (ApiKeyScopes.Read, "读取") }
            .Where(s => scopes.HasFlag(s.Item1)).Select(s => s.Item2));

    private static string Local(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
