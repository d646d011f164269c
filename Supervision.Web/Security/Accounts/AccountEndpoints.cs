using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security.Accounts;

public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string DeniedPath = "/account/denied";

    /// <summary><c>POST /account/logout</c> (form with antiforgery token): signs out and returns to the login page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, async (
            HttpContext http, [FromForm] string? returnUrl, SignInManager<SupervisionUser> signIn, IAuditLog audit) =>
        {
            var actor = AuditActor.From(http);
            await signIn.SignOutAsync();
            await audit.WriteAsync(actor, AuditActions.SignOut, actor.Name, null, http.RequestAborted);
            return TypedResults.LocalRedirect(LoginPath);
        });
        return endpoints;
    }

    /// <summary>A return address after sign-in: only paths of this site, never another host.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
