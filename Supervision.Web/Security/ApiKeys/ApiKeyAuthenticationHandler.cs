using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Supervision.Web.Security.Hardening;
using Supervision.Web.Routing;

namespace Supervision.Web.Security.ApiKeys;

/// <summary>
/// <c>X-Api-Key</c> (or a SignalR access token, see <see cref="ApiKeyDefaults.SecretOf"/>) → a principal named after the key, with one <see cref="SupervisionClaims.ApiScope"/>
/// claim per scope and, for a town-bound key, a <see cref="SupervisionClaims.Town"/> claim.
/// Challenges and forbids answer with problem+json in Chinese.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private ApiKeyStatus? _failure;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ApiKeyDefaults.SecretOf(Request);
        if (secret.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await validator.ValidateAsync(secret, Context.RequestAborted);
        if (key.Status != ApiKeyStatus.Valid)
        {
            _failure = key.Status;
            return AuthenticateResult.Fail(key.Status == ApiKeyStatus.Revoked ? "API key revoked" : "Unknown API key");
        }

        var principal = ApiKeyPrincipal.Create(key);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var (title, detail) = _failure switch
        {
            ApiKeyStatus.Revoked => ("API 密钥已吊销", "该 API 密钥已被吊销，请联系县行政审批服务局获取新密钥。"),
            ApiKeyStatus.Unknown => ("API 密钥无效", "提供的 API 密钥不存在。"),
            _ => ("缺少 API 密钥", $"请求头 {ApiKeyDefaults.Header} 中未提供 API 密钥。"),
        };
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, title, detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        HttpMethods.IsPost(Request.Method) && Request.Path.StartsWithSegments(ApiRoutes.Events)
            ? ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, AccessProblems.Title, "该 API 密钥无权上报事件。")
            : ApiProblems.WriteForbiddenAsync(Context);
}

/// <summary>The principal of an authenticated API key; also what access rules are tested against.</summary>
public static class ApiKeyPrincipal
{
    public static ClaimsPrincipal Create(ApiKeyValidation key)
    {
        var id = key.KeyId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, $"apikey:{id}"),
            new(SupervisionClaims.ApiKeyId, id),
            new(SupervisionClaims.DisplayName, key.Name ?? ""),
        };
        if (key.Ingest)
        {
            claims.Add(new(SupervisionClaims.ApiScope, SupervisionClaims.ScopeIngest));
        }
        if (key.Read)
        {
            claims.Add(new(SupervisionClaims.ApiScope, SupervisionClaims.ScopeRead));
        }
        if (key.TownCode is not null)
        {
            claims.Add(new(SupervisionClaims.Town, key.TownCode));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
    }
}
