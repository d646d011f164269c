using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Supervision.Web.Common;

namespace Supervision.Web.Security.Hardening;

/// <summary>
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> makes ASP.NET Core take the client address from
/// <c>X-Forwarded-For</c> and, on its own, trusts that header from anyone: a client could then pick a new
/// address per request, slip past the per-address sign-in limit and write any address into the audit
/// log. Here the header is believed only from the proxies in <see cref="SecurityOptions.KnownProxies"/>
/// and <see cref="SecurityOptions.KnownNetworks"/>, and the app refuses to start when forwarding is on
/// without them.
/// </summary>
internal static class ForwardedHeadersTrust
{
    /// <summary>The configuration key behind the environment variable <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>.</summary>
    public const string EnabledKey = "ForwardedHeaders_Enabled";

    public static IServiceCollection AddForwardedHeadersTrust(this IServiceCollection services)
    {
        // Runs after ASP.NET Core's own setup, which empties both lists when forwarding is enabled.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IConfiguration, IOptions<SecurityOptions>>((options, configuration, security) =>
        {
            if (!IsEnabled(configuration))
            {
                return;
            }
            foreach (var proxy in security.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in security.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddSingleton<IValidateOptions<SecurityOptions>, Validation>();
        services.AddOptions<SecurityOptions>().ValidateOnStart();
        return services;
    }

    private static bool IsEnabled(IConfiguration configuration) =>
        string.Equals("true", configuration[EnabledKey], StringComparison.OrdinalIgnoreCase);

    private sealed class Validation(IConfiguration configuration) : IValidateOptions<SecurityOptions>
    {
        public ValidateOptionsResult Validate(string? name, SecurityOptions options)
        {
            var failures = new List<string>();
            failures.AddRange(options.KnownProxies.Select((p, i) => (p, i)).Where(e => !IPAddress.TryParse(e.p, out _))
                .Select(e => ValidatedOptions.Invalid($"Security:KnownProxies:{e.i}", e.p, "应为 IP 地址，如 127.0.0.1")));
            failures.AddRange(options.KnownNetworks.Select((n, i) => (n, i)).Where(e => !System.Net.IPNetwork.TryParse(e.n, out _))
                .Select(e => ValidatedOptions.Invalid($"Security:KnownNetworks:{e.i}", e.n, "应为 CIDR 网段，如 10.0.0.0/24")));
            if (IsEnabled(configuration) && options.KnownProxies.Length == 0 && options.KnownNetworks.Length == 0)
            {
                failures.Add("已启用转发头（ASPNETCORE_FORWARDEDHEADERS_ENABLED=true），但未配置可信代理：请在 Security:KnownProxies（代理 IP）"
                    + "或 Security:KnownNetworks（代理网段）中列出反向代理的地址，否则任何客户端都能伪造 X-Forwarded-For 绕过登录限流并篡改审计日志中的 IP。");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
