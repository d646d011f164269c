using Microsoft.AspNetCore.Identity;
using Supervision.Web.Security.ApiKeys;

namespace Supervision.Web.Security;

/// <summary>
/// Policy names for <c>[Authorize(Policy = …)]</c> on pages and <c>RequireAuthorization(…)</c> on
/// endpoints. Without a policy, every endpoint needs a signed-in user (the fallback policy); the
/// login page and /healthz opt out with <c>[AllowAnonymous]</c>.
/// Which town: <see cref="TownView"/> and <see cref="ApiRead"/> refuse a request whose route or query
/// names a town outside the principal's reach (<see cref="TownAccessRequirement"/>); lists without a
/// town limit themselves with <see cref="IAccessScope.Reach"/>, exports ask <see cref="IAccessScope.CanExport"/>.
/// </summary>
public static class SupervisionPolicies
{
    /// <summary>County-wide pages (overview, lists across halls, pilot, items): CountyAdmin, Inspector.</summary>
    public const string CountyView = "CountyView";

    /// <summary>One-town pages and the help pages: CountyAdmin, Inspector, TownLeader; a town in the route or query must be in reach.</summary>
    public const string TownView = "TownView";

    /// <summary>The big screen: CountyAdmin, Inspector, Screen. It is the only page the Screen role reaches.</summary>
    public const string BigScreen = "BigScreen";

    /// <summary>Exports and bulletins: CountyAdmin, Inspector, TownLeader (own town; check with <see cref="IAccessScope.CanExport"/>).</summary>
    public const string Export = "Export";

    /// <summary>The county-wide bulletin page (issue, preview, history): whoever may export the county, i.e. CountyAdmin, Inspector.</summary>
    public const string Bulletins = "Bulletins";

    /// <summary>Accounts, API keys, configuration, audit log: CountyAdmin.</summary>
    public const string Admin = "Admin";

    /// <summary>Event ingestion: an API key with the <c>ingest</c> scope.</summary>
    public const string ApiIngest = "ApiIngest";

    /// <summary>
    /// JSON read APIs and the live hub: an API key with the <c>read</c> scope or a signed-in user with some
    /// reach; a town in the route or query must be in reach. Group joins ask <see cref="IAccessScope.CanJoinLiveGroup"/>.
    /// </summary>
    public const string ApiRead = "ApiRead";

    internal static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .Build();

        options.AddPolicy(CountyView, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector));
        options.AddPolicy(TownView, p => p
            .RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.TownLeader)
            .AddRequirements(new TownAccessRequirement()));
        options.AddPolicy(BigScreen, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.Screen));
        options.AddPolicy(Export, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.TownLeader));
        options.AddPolicy(Bulletins, p => p.RequireAssertion(context => new HallAccess().CanExport(context.User, null)));
        options.AddPolicy(Admin, p => p.RequireRole(SupervisionRoles.CountyAdmin));

        // Hall systems only: the key scheme itself, so a missing key is named as such (no cookie fallback).
        options.AddPolicy(ApiIngest, p => p
            .AddAuthenticationSchemes(ApiKeyDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(SupervisionClaims.ApiScope, SupervisionClaims.ScopeIngest));
        options.AddPolicy(ApiRead, p => p
            .AddAuthenticationSchemes(ApiKeyDefaults.ApiScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => new HallAccess().Reach(context.User).Kind != AccessReachKind.None)
            .AddRequirements(new TownAccessRequirement()));
    }
}
