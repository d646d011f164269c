using Microsoft.AspNetCore.Authorization;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

/// <summary>
/// The TownView policy inside a circuit: Routes hands AuthorizeRouteView a <see cref="PageNavigation"/> (route
/// and address), not the request, so in-app navigation to another town's page is refused like a typed-in address.
/// </summary>
public sealed class TownAccessRequirementTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private const string Nanma = SupervisionWebApplicationFactory.Nanma;
    private const string Lishan = SupervisionWebApplicationFactory.Lishan;

    private async Task<bool> AuthorizeAsync(string user, object resource)
    {
        var principal = await app.PrincipalOfAsync(user);
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(principal, resource, SupervisionPolicies.TownView)).Succeeded;
    }

    private static PageNavigation TownPage(string code) =>
        new(new RouteData(typeof(TownDetail), new Dictionary<string, object?> { ["Code"] = code }), $"http://localhost/towns/{code}");

    private static PageNavigation MetricsPage(string query) =>
        new(new RouteData(typeof(Supervision.Web.Components.Pages.Metrics.MetricsHelp), new Dictionary<string, object?>()), "http://localhost/metrics" + query);

    [Fact]
    public async Task In_app_navigation_to_another_towns_page_is_refused_to_a_town_leader()
    {
        Assert.Equal((true, false), (await AuthorizeAsync("leader-nanma", TownPage(Nanma)), await AuthorizeAsync("leader-nanma", TownPage(Lishan))));
    }

    [Fact]
    public async Task An_inspector_navigates_to_every_towns_page()
    {
        Assert.True(await AuthorizeAsync("inspector", TownPage(Lishan)));
    }

    [Theory]
    [InlineData("?town=" + Lishan)]
    [InlineData("?scope=town%3A" + Lishan)]
    [InlineData("?code=" + Lishan + "#top")]
    public async Task Another_town_in_the_query_string_of_an_in_app_navigation_is_refused_to_a_town_leader(string query)
    {
        Assert.Equal((true, false), (await AuthorizeAsync("leader-nanma", MetricsPage("?town=" + Nanma)), await AuthorizeAsync("leader-nanma", MetricsPage(query))));
    }

    [Theory]
    [InlineData("town", Lishan)]
    [InlineData("scope", "town:" + Lishan)]
    public async Task Another_town_in_the_query_string_is_refused_to_a_town_leader(string name, string value)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = QueryString.Create(name, value);

        Assert.False(await AuthorizeAsync("leader-nanma", http));
    }
}
