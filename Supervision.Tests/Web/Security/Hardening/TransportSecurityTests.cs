using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security.Hardening;

/// <summary>HTTPS rules: Strict-Transport-Security in Production only, and a Secure antiforgery cookie on HTTPS.</summary>
public sealed class TransportSecurityTests(SupervisionWebApplicationFactory.WithAccounts development) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private static readonly WebApplicationFactoryClientOptions Https = new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false };

    private sealed class ProductionFactory : SupervisionWebApplicationFactory.WithAccounts
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private static async Task<string?> HstsAsync(WebApplicationFactory<Program> app)
    {
        using var client = app.CreateClient(Https);
        using var response = await client.GetAsync("/healthz");
        return response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(",", values) : null;
    }

    [Fact]
    public async Task Production_sends_hsts_for_a_year_and_development_sends_none()
    {
        await using var production = new ProductionFactory();
        await ((IAsyncLifetime)production).InitializeAsync();

        Assert.Equal(("max-age=31536000", null), (await HstsAsync(production), await HstsAsync(development)));
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task The_antiforgery_cookie_is_secure_exactly_on_https(string site, bool secure)
    {
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(site), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/login");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
