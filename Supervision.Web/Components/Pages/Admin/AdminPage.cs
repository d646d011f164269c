using Supervision.Web.Security.Audit;

namespace Supervision.Web.Components.Pages.Admin;

/// <summary>Base of the administration pages: who is acting, for the audit log.</summary>
public abstract class AdminPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter(Name = "ClientIp")]
    private string? ClientIp { get; set; }

    protected async Task<AuditActor> ActorAsync()
    {
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        return AuditActor.From(user, ClientIp);
    }
}
