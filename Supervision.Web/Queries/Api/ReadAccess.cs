using Supervision.Web.Ingestion.ApiKeys;

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
/// <c>X-Api-Key</c> header or (for browsers' WebSocket and SSE connections, which cannot set headers)
/// the <c>access_token</c> query parameter; a town key reaches its town only. Swap this class for an
/// authorisation policy once user sign-in exists.
/// </summary>
public sealed class ReadAccess(ApiKeyService keys)
{
    public const string QueryParameter = "access_token";

    public async Task<ReadAccessResult> AuthorizeAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var secret = http.Request.Headers[ApiKeyProblems.Header].ToString();
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
