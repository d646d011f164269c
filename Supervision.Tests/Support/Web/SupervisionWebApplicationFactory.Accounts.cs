using Microsoft.AspNetCore.Mvc.Testing;

namespace Supervision.Tests.Support.Web;

/// <summary>The accounts and API keys of <see cref="SupervisionAppOptions.Accounts"/>, and signing in as a browser does.</summary>
public partial class SupervisionWebApplicationFactory
{
    public const string Password = "Test-password-2020";
    public const string Nanma = "370323001";
    public const string Lishan = "370323002";

    /// <summary>User name → (role, town) of the accounts <see cref="SupervisionAppOptions.Accounts"/> creates.</summary>
    public static IReadOnlyDictionary<string, (string Role, string? Town)> Accounts { get; } = new Dictionary<string, (string, string?)>
    {
        ["county-admin"] = (SupervisionRoles.CountyAdmin, null),
        ["inspector"] = (SupervisionRoles.Inspector, null),
        ["leader-nanma"] = (SupervisionRoles.TownLeader, Nanma),
        ["leader-lishan"] = (SupervisionRoles.TownLeader, Lishan),
        ["screen"] = (SupervisionRoles.Screen, null),
    };

    private readonly Dictionary<string, string> _keySecrets = [];

    /// <summary>The secret of a key named in <see cref="TestApiKeys"/>.</summary>
    public async Task<string> KeySecretAsync(string name)
    {
        await EnsureAccountsAsync();
        return _keySecrets[name];
    }

    private bool _accountsCreated;
    private readonly SemaphoreSlim _accountsLock = new(1, 1);

    /// <summary>Creates the test accounts and API keys once per factory.</summary>
    public async Task EnsureAccountsAsync()
    {
        await _accountsLock.WaitAsync();
        try
        {
            if (_accountsCreated)
            {
                return;
            }
            var administration = Services.GetRequiredService<UserAdministration>();
            foreach (var (userName, (role, town)) in Accounts)
            {
                await administration.CreateAsync(AuditActor.System, new NewUser(userName, userName, role, town), Password);
            }
            var keys = Services.GetRequiredService<ApiKeyService>();
            foreach (var (name, town, scopes) in new[]
                     {
                         (TestApiKeys.ReadCounty, (string?)null, ApiKeyScopes.Read),
                         (TestApiKeys.ReadNanma, Nanma, ApiKeyScopes.Read),
                         (TestApiKeys.IngestNanma, Nanma, ApiKeyScopes.Ingest),
                         (TestApiKeys.Revoked, null, ApiKeyScopes.Read | ApiKeyScopes.Ingest),
                     })
            {
                var (key, secret) = await keys.CreateAsync(name, town, scopes, CancellationToken.None);
                _keySecrets[name] = secret;
                if (name == TestApiKeys.Revoked)
                {
                    await keys.RevokeAsync(key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
                }
            }
            _accountsCreated = true;
        }
        finally
        {
            _accountsLock.Release();
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the login form like a browser (antiforgery token included) and returns the response.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string userName, string password, string? returnUrl = null)
    {
        var page = await browser.GetStringAsync("/account/login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await browser.PostAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", form);
    }

    /// <summary>A cookie-holding client signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = Password)
    {
        await EnsureAccountsAsync();
        var browser = CreateBrowser();
        using var response = await PostLoginAsync(browser, userName, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"登录 {userName} 失败：{(int)response.StatusCode}");
        }
        return browser;
    }

    /// <summary>The principal the sign-in cookie of <paramref name="userName"/> carries.</summary>
    public async Task<System.Security.Claims.ClaimsPrincipal> PrincipalOfAsync(string userName)
    {
        await EnsureAccountsAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SupervisionUser>>();
        return await factory.CreateAsync((await users.FindByNameAsync(userName))!);
    }
}

/// <summary>Names of the real API keys the factory creates (through ApiKeyService) for tests.</summary>
public static class TestApiKeys
{
    public const string ReadCounty = "read-county";
    public const string ReadNanma = "read-nanma";
    public const string IngestNanma = "ingest-nanma";
    public const string Revoked = "revoked";
}
