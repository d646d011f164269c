using Supervision.Web.Ingestion.ApiKeys;
using Supervision.Web.Security;

namespace Supervision.Web.Queries.Api;

/// <summary>What a caller may read: one town's data, or (Town null) the whole county.</summary>
public sealed record ReadReach(string? Town)
{
    public static ReadReach County { get; } = new((string?)null);

    public bool IsCounty => Town is null;

    public bool CanReadTown(string town) => Town is null || Town == town;
}

/// <summary>The result of <see cref="ReadAccess.AuthorizeAsync"/>: a reach, or the 401/403 problem to answer with.</summary>
public sealed record ReadAccessResult(ReadReach? Reach, IResult? Denied);

/// <summary>
/// The one place that decides who may read figures, cases and live data, for the JSON API and the
/// <c>/hubs/live</c> hub alike. For now: an API key with the <c>read</c> scope, sent in the
/// <c>X-Api-Key</c> header, or as SignalR's <c>accessTokenFactory</c> sends it (<c>Authorization: Bearer</c>
/// on HTTP requests, the <c>access_token</c> query parameter on WebSocket and SSE connections); a town key reaches its town only.
/// A signed-in user (the dashboard's own cookie) reads what <see cref="IAccessScope"/> gives the role.
/// The endpoints that use this class opt out of the cookie-only fallback policy, because keys are checked here.
/// </summary>
public sealed class ReadAccess(ApiKeyService keys, IAccessScope scope)
{
    public const string QueryParameter = "access_token";

    public async Task<ReadAccessResult> AuthorizeAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var reach = scope.Reach(http.User);
            return reach.Kind switch
            {
                AccessReachKind.County => new ReadAccessResult(ReadReach.County, null),
                AccessReachKind.Town => new ReadAccessResult(new ReadReach(reach.TownCode), null),
                _ => new ReadAccessResult(null, Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                    title: "权限不足", detail: "当前账号无权读取监管数据。")),
            };
        }
        var secret = http.Request.Headers[ApiKeyProblems.Header].ToString();
        if (string.IsNullOrWhiteSpace(secret)
            && http.Request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            secret = authorization["Bearer ".Length..];
        }
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = http.Request.Query[QueryParameter].ToString();
        }
        var authentication = await keys.AuthenticateAsync(secret, cancellationToken);
        return ApiKeyProblems.Check(authentication, ApiKeyScopes.Read) is { } denied
            ? new ReadAccessResult(null, denied)
            : new ReadAccessResult(new ReadReach(authentication.Key!.TownCode), null);
    }

    /// <summary>The 403 for data outside the caller's reach.</summary>
    public static IResult OutOfReach(ReadReach reach, string what) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "无权读取",
        detail: $"该 API 密钥仅限镇街 {reach.Town}，无权读取{what}。");
}
