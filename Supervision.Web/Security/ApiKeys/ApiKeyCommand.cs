using System.Globalization;
using Supervision.Domain;
using Supervision.Web.Cli;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security.ApiKeys;

/// <summary><c>apikey create|list|revoke</c>: manages the keys hall systems post events with.</summary>
internal sealed class ApiKeyCommand(ApiKeyService keys, ApiKeyAdministration administration) : ICliCommand
{
    private const string Usage = """
        用法：
          apikey create --name <名称> [--town <镇街代码>] [--scope ingest,read]
              省略 --town 则为全县通用密钥；省略 --scope 则为 ingest。
          apikey list
          apikey revoke <编号或前缀>
        """;

    public string Name => "apikey";
    public string Summary => "管理事件上报 API 密钥（create / list / revoke）";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        try
        {
            return args.Count == 0 ? Fail("缺少子命令。") : args[0] switch
            {
                "create" => await CreateAsync(args.Skip(1).ToList(), cancellationToken),
                "list" => await ListAsync(cancellationToken),
                "revoke" when args.Count == 2 => await RevokeAsync(args[1], cancellationToken),
                "revoke" => Fail("revoke 需要一个参数：密钥编号或前缀。"),
                _ => Fail($"未知子命令：{args[0]}。"),
            };
        }
        catch (DomainException e)
        {
            return Fail(e.Message);
        }
    }

    private async Task<int> CreateAsync(List<string> args, CancellationToken cancellationToken)
    {
        var options = ParseOptions(args, ["--name", "--town", "--scope"]);
        if (!options.TryGetValue("--name", out var name))
        {
            return Fail("缺少 --name。");
        }
        var scopes = ParseScopes(options.GetValueOrDefault("--scope", "ingest"));
        var town = options.GetValueOrDefault("--town");

        // Through the administration service so the creation is audited like one made on the admin page.
        var (key, secret) = await administration.CreateAsync(AuditActor.CommandLine, name, town, scopes, cancellationToken);
        Console.WriteLine($"已创建密钥 #{key.Id}「{key.Name}」，范围：{Describe(key)}，权限：{DescribeScopes(key.Scopes)}。");
        Console.WriteLine("密钥如下，仅显示这一次，请妥善保存：");
        Console.WriteLine(secret);
        return 0;
    }

    private async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        var all = await keys.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            Console.WriteLine("尚无密钥。");
            return 0;
        }

        Console.WriteLine("编号\t前缀\t名称\t范围\t权限\t创建时间\t最近使用\t状态");
        foreach (var key in all)
        {
            Console.WriteLine(string.Join('\t',
                key.Id.ToString(CultureInfo.InvariantCulture), key.Prefix, key.Name, Describe(key), DescribeScopes(key.Scopes),
                Local(key.CreatedAt), key.LastUsedAt is { } used ? Local(used) : "从未使用",
                key.RevokedAt is { } revoked ? $"已吊销（{Local(revoked)}）" : "有效"));
        }
        return 0;
    }

    private async Task<int> RevokeAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        var key = await administration.RevokeAsync(AuditActor.CommandLine, idOrPrefix, cancellationToken);
        Console.WriteLine($"密钥 #{key.Id}（{key.Prefix}…「{key.Name}」）已吊销，吊销时间 {Local(key.RevokedAt!.Value)}。");
        return 0;
    }

    private static Dictionary<string, string> ParseOptions(List<string> args, IReadOnlyList<string> known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!known.Contains(args[i]))
            {
                throw new DomainException($"未知参数：{args[i]}。\n{Usage}");
            }
            if (i + 1 >= args.Count)
            {
                throw new DomainException($"参数 {args[i]} 缺少取值。");
            }
            options[args[i]] = args[++i];
        }
        return options;
    }

    private static ApiKeyScopes ParseScopes(string text)
    {
        var scopes = ApiKeyScopes.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            scopes |= part.ToLowerInvariant() switch
            {
                "ingest" => ApiKeyScopes.Ingest,
                "read" => ApiKeyScopes.Read,
                _ => throw new DomainException($"未知权限：{part}（可选 ingest、read）。"),
            };
        }
        return scopes;
    }

    private static string Describe(ApiKey key) => key.TownCode is null ? "全县" : $"镇街 {key.TownCode}";

    private static string DescribeScopes(ApiKeyScopes scopes) =>
        string.Join('、', new[] { (ApiKeyScopes.Ingest, "上报事件"), (ApiKeyScopes.Read, "读取") }
            .Where(s => scopes.HasFlag(s.Item1)).Select(s => s.Item2));

    private static string Local(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 1;
    }
}
