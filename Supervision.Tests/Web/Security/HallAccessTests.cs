namespace Supervision.Tests.Web.Security;

public sealed class HallAccessTests
{
    private readonly HallAccess _access = new();

    private static ClaimsPrincipal User(string role, string? town = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "someone"), new(ClaimTypes.Role, role) };
        if (town is not null)
        {
            claims.Add(new(SupervisionClaims.Town, town));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    [Fact]
    public void A_town_leader_without_a_town_claim_sees_nothing()
    {
        Assert.Equal(AccessReach.None, _access.Reach(User(SupervisionRoles.TownLeader)));
    }

    [Fact]
    public void A_town_leader_reaches_exactly_the_town_of_the_claim()
    {
        Assert.Equal(AccessReach.Town("370323001"), _access.Reach(User(SupervisionRoles.TownLeader, "370323001")));
    }

    [Fact]
    public void A_county_role_with_a_stray_town_claim_still_reaches_the_county()
    {
        Assert.True(_access.CanSeeTown(User(SupervisionRoles.Inspector, "370323001"), "370323002"));
    }

    [Theory]
    [InlineData("town:")]
    [InlineData("Town:370323001")]
    [InlineData("county:370323001")]
    [InlineData("")]
    public void Malformed_live_group_names_are_refused_even_for_an_administrator(string group)
    {
        Assert.False(_access.CanJoinLiveGroup(User(SupervisionRoles.CountyAdmin), group));
    }

    [Fact]
    public void An_ingest_only_key_reads_nothing()
    {
        var key = ApiKeyPrincipal.Create(new ApiKeyValidation(ApiKeyStatus.Valid, 9, "上报", Ingest: true));

        Assert.Equal(AccessReach.None, _access.Reach(key));
    }

    [Fact]
    public void An_api_key_never_exports_or_administers()
    {
        var key = ApiKeyPrincipal.Create(new ApiKeyValidation(ApiKeyStatus.Valid, 9, "读取", Read: true));

        Assert.Equal((false, false), (_access.CanExport(key, null), _access.CanAdminister(key)));
    }

    [Fact]
    public void A_town_leader_cannot_export_the_county()
    {
        Assert.False(_access.CanExport(User(SupervisionRoles.TownLeader, "370323001"), null));
    }

    [Fact]
    public void The_big_screen_cannot_export()
    {
        Assert.False(_access.CanExport(User(SupervisionRoles.Screen), "370323001"));
    }
}
