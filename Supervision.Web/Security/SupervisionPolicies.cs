using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Supervision.Web.Security.ApiKeys;

namespace Supervision.Web.Security;

/// <summary>
/// Policy names for <c>[Authorize(Policy = …)]</c> on pages and <c>RequireAuthorization(…)</c> on
/// endpoints. Without a policy, every endpoint needs a signed-in user (the fallback policy); the
/// login page and /healthz opt out with <c>[AllowAnonymous]</c>.
/// Town-level checks (which town) are made by the page or endpoint through <see cref="IAccessScope"/>.
/// </summary>
public static class SupervisionPolicies
{
    /// <summary>County-wide pages: CountyAdmin, Inspector.</summary>
    public const string CountyView = "CountyView";

    /// <summary>Town pages: CountyAdmin, Inspector, TownLeader — the page then checks the town with <see cref="IAccessScope.CanSeeTown"/>.</summary>
    public const string TownView = "TownView";

    /// <summary>The big screen: CountyAdmin, Inspector, Screen.</summary>
    public const string BigScreen = "BigScreen";

    /// <summary>Exports and bulletins: CountyAdmin, Inspector, TownLeader (own town; check with <see cref="IAccessScope.CanExport"/>).</summary>
    public const string Export = "Export";

    /// <summary>Accounts, API keys, configuration, audit log: CountyAdmin.</summary>
    public const string Admin = "Admin";

    /// <summary>Event ingestion: an API key with the <c>ingest</c> scope.</summary>
    public const string ApiIngest = "ApiIngest";

    /// <summary>JSON read APIs: an API key with the <c>read</c> scope or a signed-in user with some reach; the endpoint checks the town.</summary>
    public const string ApiRead = "ApiRead";

    internal static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .Build();

        options.AddPolicy(CountyView, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector));
        options.AddPolicy(TownView, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.TownLeader));
        options.AddPolicy(BigScreen, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.Screen));
        options.AddPolicy(Export, p => p.RequireRole(SupervisionRoles.CountyAdmin, SupervisionRoles.Inspector, SupervisionRoles.TownLeader));
        options.AddPolicy(Admin, p => p.RequireRole(SupervisionRoles.CountyAdmin));

        // Hall systems only: the key scheme itself, so a missing key is named as such (no cookie fallback).
        options.AddPolicy(ApiIngest, p => p
            .AddAuthenticationSchemes(ApiKeyDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(SupervisionClaims.ApiScope, SupervisionClaims.ScopeIngest));
        options.AddPolicy(ApiRead, p => p
            .AddAuthenticationSchemes(ApiKeyDefaults.ApiScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => new HallAccess().Reach(context.User).Kind != AccessReachKind.None));
    }
}
