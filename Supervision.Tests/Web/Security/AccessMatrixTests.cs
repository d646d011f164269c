using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Support.Web;
using Supervision.Web.Security;
using Supervision.Web.Security.ApiKeys;

namespace Supervision.Tests.Web.Security;

public sealed class AccessMatrixTests(AccessMatrixTests.Fixture fixture) : IClassFixture<AccessMatrixTests.Fixture>
{
    /// <summary>One app and one signed-in browser per account for the whole matrix.</summary>
    public sealed class Fixture : SecurityWebApplicationFactory
    {
        private readonly Dictionary<string, HttpClient> _browsers = [];
        private readonly SemaphoreSlim _lock = new(1, 1);

        public async Task<HttpClient> BrowserOfAsync(string principal)
        {
            await _lock.WaitAsync();
            try
            {
                if (!_browsers.TryGetValue(principal, out var browser))
                {
                    browser = principal.StartsWith("key:", StringComparison.Ordinal) || principal == AccessMatrix.Anonymous
                        ? CreateBrowser()
                        : await SignInAsync(principal);
                    if (principal.StartsWith("key:", StringComparison.Ordinal))
                    {
                        browser.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await KeySecretAsync(principal["key:".Length..]));
                    }
                    _browsers[principal] = browser;
                }
                return browser;
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    public static IEnumerable<object[]> Cases() => AccessMatrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_principal_reaches_exactly_the_surfaces_allowed_to_it(string principal, string kind, string target, bool allowed)
    {
        switch (Enum.Parse<SurfaceKind>(kind))
        {
            case SurfaceKind.Page:
            case SurfaceKind.Public:
                await AssertPageAsync(principal, target, allowed);
                break;
            case SurfaceKind.Api:
                await AssertApiAsync(principal, target, allowed);
                break;
            case SurfaceKind.HubGroup:
                Assert.Equal(allowed, Access.CanJoinLiveGroup(await PrincipalAsync(principal), target));
                break;
            case SurfaceKind.Export:
                Assert.Equal(allowed, Access.CanExport(await PrincipalAsync(principal), target == "county" ? null : target));
                break;
        }
    }

    private IAccessScope Access => fixture.Services.GetRequiredService<IAccessScope>();

    private async Task AssertPageAsync(string principal, string path, bool allowed)
    {
        var browser = await fixture.BrowserOfAsync(principal);
        using var response = await browser.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Only signed-in users are denied; API keys never sign in to pages, so they are sent to the login page.
        var signedIn = principal != AccessMatrix.Anonymous && !principal.StartsWith("key:", StringComparison.Ordinal);
        Assert.Equal(signedIn ? "/account/denied" : "/account/login", response.Headers.Location!.AbsolutePath);
    }

    private async Task AssertApiAsync(string principal, string path, bool allowed)
    {
        var browser = await fixture.BrowserOfAsync(principal);
        using var response = await browser.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        var expected = principal == AccessMatrix.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        Assert.Equal((expected, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string principal)
    {
        if (principal == AccessMatrix.Anonymous)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
        if (principal.StartsWith("key:", StringComparison.Ordinal))
        {
            var secret = await fixture.KeySecretAsync(principal["key:".Length..]);
            return ApiKeyPrincipal.Create(await fixture.Services.GetRequiredService<IApiKeyValidator>().ValidateAsync(secret, CancellationToken.None));
        }
        return await fixture.PrincipalOfAsync(principal);
    }
}
