using Supervision.Web.Ingestion.ApiKeys;

namespace Supervision.Web.Queries.Api;

/// <summary>The 401/403 answers of key-protected endpoints, in one place so every endpoint words them alike.</summary>
internal static class ApiKeyProblems
{
    public const string Header = "X-Api-Key";

    public static IResult? Check(ApiKeyAuthentication authentication, ApiKeyScopes required)
    {
        var unauthorized = authentication.Check switch
        {
            ApiKeyCheck.Missing => ("缺少 API 密钥", $"请求头 {Header} 中未提供 API 密钥。"),
            ApiKeyCheck.Unknown => ("API 密钥无效", "提供的 API 密钥不存在。"),
            ApiKeyCheck.Revoked => ("API 密钥已吊销", "该 API 密钥已被吊销，请联系县行政审批服务局获取新密钥。"),
            _ => default((string, string)?),
        };
        if (unauthorized is var (title, detail))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title, detail: detail);
        }

        return authentication.Key!.Scopes.HasFlag(required)
            ? null
            : Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "权限不足",
                detail: required == ApiKeyScopes.Ingest ? "该 API 密钥无权上报事件。" : "该 API 密钥无权读取数据。");
    }
}
