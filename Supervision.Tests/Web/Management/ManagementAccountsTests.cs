using Microsoft.AspNetCore.Components.Authorization;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Management;

/// <summary>
/// The list pages' management services in the real app: who may change reference data is the
/// accounts' decision (CountyAdmin only) and every change lands in the audit log under the user's name.
/// </summary>
public sealed class ManagementAccountsTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private const string Nanma = SupervisionWebApplicationFactory.Nanma;

    /// <summary>A DI scope whose signed-in user is <paramref name="userName"/>, as a circuit's would be.</summary>
    private async Task<AsyncServiceScope> SignedInScopeAsync(string userName)
    {
        var principal = await app.PrincipalOfAsync(userName);
        var scope = app.Services.CreateAsyncScope();
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    [Theory]
    [InlineData("county-admin", true)]
    [InlineData("inspector", false)]
    [InlineData("leader-nanma", false)]
    [InlineData("screen", false)]
    public async Task Only_a_county_administrator_may_change_reference_data(string userName, bool allowed)
    {
        await using var scope = await SignedInScopeAsync(userName);

        Assert.Equal(allowed, await scope.ServiceProvider.GetRequiredService<IManagementAccess>().CanManageAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_town_leader_changing_item_stationing_is_refused_and_nothing_is_written()
    {
        await using var scope = await SignedInScopeAsync("leader-nanma");
        var stationing = scope.ServiceProvider.GetRequiredService<ItemStationingService>();

        await Assert.ThrowsAsync<ManagementDeniedException>(() =>
            stationing.ChangeAsync(new StationingChange(Nanma, "X", new DateOnly(2020, 10, 1), true, true), CancellationToken.None));
        Assert.Empty((await app.Services.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(Actor: "leader-nanma", Action: ManagementActions.ItemStationingChanged))).Entries);
    }

    [Fact]
    public async Task A_reference_data_change_is_audited_under_the_signed_in_user()
    {
        await using var scope = await SignedInScopeAsync("county-admin");

        await scope.ServiceProvider.GetRequiredService<IManagementAudit>()
            .RecordAsync(ManagementActions.PilotProgressRecorded, $"{Nanma}/T1", new { done = true }, CancellationToken.None);

        var entry = Assert.Single((await app.Services.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(Actor: "county-admin", Action: ManagementActions.PilotProgressRecorded))).Entries);
        Assert.Equal($"{Nanma}/T1", entry.Target);
    }
}
