using Supervision.Web.Security.Audit;

namespace Supervision.Web.Security;

/// <summary>
/// The user of the current circuit (or prerendering request), for services that act on a user's
/// behalf without being handed the principal. Scoped. <see cref="ClientIp"/> is set by <c>Routes</c>,
/// the only component that sees the HTTP request's address.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public string? ClientIp { get; set; }

    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<AuditActor> ActorAsync() => AuditActor.From(await PrincipalAsync(), ClientIp);
}
