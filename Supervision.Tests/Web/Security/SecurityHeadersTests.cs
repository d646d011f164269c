using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

public sealed class SecurityHeadersTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    [InlineData("/api/v1/towns")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void The_policy_allows_scripts_and_connections_only_to_the_site_and_no_framing()
    {
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("connect-src 'self';", SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public async Task The_login_page_is_chinese_and_posts_with_an_antiforgery_token()
    {
        using var client = app.CreateClient();

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/account/login"));

        Assert.Contains("<h1 class=\"account-heading\">登录</h1>", page);
        Assert.Contains("name=\"__RequestVerificationToken\"", page);
    }
}
