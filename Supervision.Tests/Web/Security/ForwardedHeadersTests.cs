using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary><c>X-Forwarded-For</c> is believed from the configured proxies only (ASPNETCORE_FORWARDEDHEADERS_ENABLED).</summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.1";

    private sealed class Factory(string? key = null, string? value = null) : SupervisionWebApplicationFactory.WithAccounts
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings() => base.Settings()
            .Where(s => s.Key != "Security:SignInPermitsPerMinute")
            .Concat([new("ForwardedHeaders_Enabled", "true"), new("Security:SignInPermitsPerMinute", "3")])
            .Concat(key is null ? [] : [new(key, value!)]);

        /// <summary>A cookie-holding browser whose connection comes from <paramref name="address"/>.</summary>
        public HttpClient BrowserFrom(string address) =>
            new(new CookieContainerHandler { InnerHandler = Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address)) })
            {
                BaseAddress = Server.BaseAddress,
            };
    }

    private static async Task<HttpResponseMessage> PostLoginForwardedForAsync(HttpClient browser, string forwardedFor)
    {
        browser.DefaultRequestHeaders.Remove("X-Forwarded-For");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return await SupervisionWebApplicationFactory.PostLoginAsync(browser, "nobody", "wrong-password-1");
    }

    [Fact]
    public async Task Forwarded_headers_require_known_proxies()
    {
        await using var app = new Factory();
        await app.InitializeAsync();

        var exception = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Chain(exception).Select(e => e.Message));
        Assert.Contains("已启用转发头（ASPNETCORE_FORWARDEDHEADERS_ENABLED=true），但未配置可信代理", messages);
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_is_refused_at_start()
    {
        await using var app = new Factory("Security:KnownProxies:0", "proxy.local");
        await app.InitializeAsync();

        var exception = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("配置 Security:KnownProxies:0 的值“proxy.local”无效：应为 IP 地址，如 127.0.0.1", string.Join(" | ", Chain(exception).Select(e => e.Message)));
    }

    [Fact]
    public async Task A_rotating_forwarded_for_from_an_unknown_proxy_does_not_bypass_the_sign_in_limit()
    {
        await using var app = new Factory("Security:KnownProxies:0", Proxy);
        await app.InitializeAsync();
        using var browser = app.BrowserFrom("203.0.113.7");

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await PostLoginForwardedForAsync(browser, $"198.51.100.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var response = await PostLoginForwardedForAsync(browser, "198.51.100.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var audit = await app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Actor: "nobody", Action: AuditActions.SignInFailed));
        Assert.Equal(["203.0.113.7"], audit.Entries.Select(e => e.Ip).Distinct());
    }

    [Fact]
    public async Task A_forwarded_for_from_a_known_proxy_names_the_client()
    {
        await using var app = new Factory("Security:KnownNetworks:0", "10.0.0.0/24");
        await app.InitializeAsync();
        using var browser = app.BrowserFrom(Proxy);

        using var response = await PostLoginForwardedForAsync(browser, "198.51.100.7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Actor: "nobody", Action: AuditActions.SignInFailed));
        Assert.Equal("198.51.100.7", Assert.Single(audit.Entries).Ip);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                yield return inner;
            }
        }
    }
}
