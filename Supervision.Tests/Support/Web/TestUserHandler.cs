using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace Supervision.Tests.Support.Web;

/// <summary>
/// Signed-in users without the login form (<see cref="SupervisionAppOptions.TestUsers"/>): the cookie scheme forwards
/// authentication to this handler, which reads the user from a request header. The login form's
/// cookies cannot be used here because the app's clock stands in 2020 (the cookie would have expired).
/// </summary>
public sealed class TestUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestUser";
    public const string Header = "X-Test-User";

    /// <summary>User name → (role, town): the accounts of <see cref="SupervisionWebApplicationFactory.Accounts"/>.</summary>
    public static IReadOnlyDictionary<string, (string Role, string? Town)> Users => SupervisionWebApplicationFactory.Accounts;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var name = Request.Headers[Header].ToString();
        if (!Users.TryGetValue(name, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, user.Role) };
        if (user.Town is { } town)
        {
            claims.Add(new Claim(SupervisionClaims.Town, town));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
