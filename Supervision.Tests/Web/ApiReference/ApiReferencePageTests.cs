using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.ApiReference;

public sealed partial class ApiReferencePageTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    [Fact]
    public async Task The_reference_page_runs_only_scripts_of_this_site_and_its_own_nonce()
    {
        using var admin = await app.SignInAsync("county-admin");

        using var response = await admin.GetAsync(ApiRoutes.ApiReferencePage);
        var page = await response.Content.ReadAsStringAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy.Replace($" 'nonce-{nonce}'", "", StringComparison.Ordinal));
        var scripts = ScriptTag().Matches(page);
        Assert.NotEmpty(scripts);
        // The page writes the nonce HTML-encoded (+ as &#x2B;); the browser decodes it before comparing.
        Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", System.Net.WebUtility.HtmlDecode(tag.Value)));
        Assert.DoesNotMatch("src=\"(https?:)?//", page);
        // Scalar resolves the document's address against the site's base path: /openapi/v1.json.
        Assert.Contains($"\"url\":\"{ApiRoutes.OpenApiV1.TrimStart('/')}\"", page);
        Assert.Contains("\"telemetry\":false", page);
    }

    [Fact]
    public async Task Each_response_of_the_page_has_a_fresh_nonce_and_the_rest_of_the_site_keeps_the_strict_policy()
    {
        using var admin = await app.SignInAsync("county-admin");

        using var first = await admin.GetAsync(ApiRoutes.ApiReferencePage);
        using var second = await admin.GetAsync(ApiRoutes.ApiReferencePage);
        using var document = await admin.GetAsync(ApiRoutes.OpenApiV1);
        using var home = await admin.GetAsync("/");

        Assert.NotEqual(Assert.Single(first.Headers.GetValues("Content-Security-Policy")), Assert.Single(second.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(document.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(home.Headers.GetValues("Content-Security-Policy")));
    }

    [GeneratedRegex("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
