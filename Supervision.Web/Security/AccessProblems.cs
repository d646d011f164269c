using Supervision.Web.Security.ApiKeys;

namespace Supervision.Web.Security;

/// <summary>
/// The 403 wording for data outside a caller's reach, shared by the policies' forbid handlers and the
/// endpoints that refine a reach themselves (a town key asking for county figures).
/// </summary>
public static class AccessProblems
{
    public const string Title = "权限不足";

    /// <param name="verb">What was refused: 读取 (read), 订阅 (subscribe to live pushes).</param>
    public static string Detail(ClaimsPrincipal principal, AccessReach reach, string what, string verb = "读取")
    {
        var who = principal.Identity?.AuthenticationType == ApiKeyDefaults.Scheme ? "该 API 密钥" : "当前账号";
        return reach is { Kind: AccessReachKind.Town, TownCode: { } town }
            ? $"{who}仅限镇街 {town}，无权{verb}{what}。"
            : $"{who}无权{verb}{what}。";
    }

    public static IResult Forbidden(ClaimsPrincipal principal, AccessReach reach, string what) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: Title, detail: Detail(principal, reach, what));
}
