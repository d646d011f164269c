using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>The whole matrix on each provider (<see cref="SqliteAccessMatrixTests"/>, <see cref="PostgresAccessMatrixTests"/>).</summary>
public abstract class AccessMatrixTests(AccessMatrixTests.Fixture fixture)
{
    /// <summary>One app and one signed-in browser (with its cookie jar, for the hub) per principal for the whole matrix.</summary>
    public class Fixture : SupervisionWebApplicationFactory.WithAccounts
    {
        public Fixture()
        {
        }

        protected Fixture(DatabaseProvider provider) : base(provider)
        {
        }

        private readonly Dictionary<string, (HttpClient Browser, CookieContainerHandler Cookies)> _browsers = [];
        private readonly SemaphoreSlim _lock = new(1, 1);
        private string? _bulletin;

        public async Task<(HttpClient Browser, CookieContainerHandler Cookies)> BrowserOfAsync(string principal)
        {
            await _lock.WaitAsync();
            try
            {
                return await BrowserOfLockedAsync(principal);
            }
            finally
            {
                _lock.Release();
            }
        }

        /// <summary>The download address of a bulletin issued (once) by the county administrator.</summary>
        public async Task<string> IssuedBulletinAsync()
        {
            await _lock.WaitAsync();
            try
            {
                if (_bulletin is null)
                {
                    var (admin, _) = await BrowserOfLockedAsync(AccessMatrix.CountyAdmin);
                    using var issued = await admin.PostAsync("/api/v1/bulletins?week=2020-W26", null);
                    issued.EnsureSuccessStatusCode();
                    using var json = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
                    _bulletin = json.RootElement.GetProperty("download").GetString()!;
                }
                return _bulletin;
            }
            finally
            {
                _lock.Release();
            }
        }

        private async Task<(HttpClient, CookieContainerHandler)> BrowserOfLockedAsync(string principal)
        {
            if (_browsers.TryGetValue(principal, out var known))
            {
                return known;
            }
            await EnsureAccountsAsync();
            var cookies = new CookieContainerHandler();
            var browser = CreateDefaultClient(cookies);
            if (principal.StartsWith("key:", StringComparison.Ordinal))
            {
                browser.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await KeySecretAsync(principal["key:".Length..]));
            }
            else if (principal != AccessMatrix.Anonymous)
            {
                using var response = await PostLoginAsync(browser, principal, Password);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }
            _browsers[principal] = (browser, cookies);
            return (browser, cookies);
        }
    }

    public static IEnumerable<object[]> Cases() => AccessMatrix.Cases();

    [DatabaseTheory]
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
                await AssertApiAsync(principal, target, allowed, keysServed: true);
                break;
            case SurfaceKind.Export:
                var path = target == AccessMatrix.IssuedBulletin ? await fixture.IssuedBulletinAsync() : target;
                await AssertApiAsync(principal, path, allowed, keysServed: false);
                break;
            case SurfaceKind.HubGroup:
                await AssertHubGroupAsync(principal, target, allowed);
                break;
        }
    }

    private static bool IsKey(string principal) => principal.StartsWith("key:", StringComparison.Ordinal);

    private async Task AssertPageAsync(string principal, string path, bool allowed)
    {
        var (browser, _) = await fixture.BrowserOfAsync(principal);
        using var response = await browser.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Only signed-in users are denied; API keys never sign in to pages, so they are sent to the login page.
        var signedIn = principal != AccessMatrix.Anonymous && !IsKey(principal);
        Assert.Equal(signedIn ? "/account/denied" : "/account/login", response.Headers.Location!.AbsolutePath);
    }

    private async Task AssertApiAsync(string principal, string path, bool allowed, bool keysServed)
    {
        var (browser, _) = await fixture.BrowserOfAsync(principal);
        using var response = await browser.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        // Exports are for people: a key is not a sign-in there, so it is “not signed in”.
        var expected = principal == AccessMatrix.Anonymous || (!keysServed && IsKey(principal))
            ? HttpStatusCode.Unauthorized
            : HttpStatusCode.Forbidden;
        Assert.Equal((expected, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    /// <summary>Connects to /hubs/live as the principal (its cookie or key) and joins the group; refused = 401/403 on connect or a HubException.</summary>
    private async Task AssertHubGroupAsync(string principal, string group, bool allowed)
    {
        var (browser, cookies) = await fixture.BrowserOfAsync(principal);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Server.BaseAddress, ApiRoutes.LiveHub), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => new CookieContainerHandler(cookies.Container) { InnerHandler = fixture.Server.CreateHandler() };
                foreach (var header in browser.DefaultRequestHeaders)
                {
                    options.Headers[header.Key] = string.Join(",", header.Value);
                }
            })
            .Build();

        Exception? refused = null;
        try
        {
            await connection.StartAsync();
            await (group == "county"
                ? connection.InvokeAsync(nameof(LiveHub.JoinCounty))
                : connection.InvokeAsync(nameof(LiveHub.JoinTown), group["town:".Length..]));
        }
        catch (HttpRequestException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            refused = e;
        }
        catch (HubException e)
        {
            refused = e;
        }

        Assert.Equal(allowed, refused is null);
    }
}

public sealed class PostgresAccessMatrixFixture() : AccessMatrixTests.Fixture(DatabaseProvider.Postgres);

public sealed class SqliteAccessMatrixTests(AccessMatrixTests.Fixture fixture) : AccessMatrixTests(fixture), IClassFixture<AccessMatrixTests.Fixture>;

public sealed class PostgresAccessMatrixTests(PostgresAccessMatrixFixture fixture)
    : AccessMatrixTests(fixture), IClassFixture<PostgresAccessMatrixFixture>, IUsesPostgres;
