using Microsoft.AspNetCore.Diagnostics;
using Supervision.Web.Data;
using Supervision.Web.Routing;

namespace Supervision.Web.Security.Hardening;

/// <summary>problem+json answers written outside endpoint handlers (authentication, rate limits, errors).</summary>
public static class ApiProblems
{
    /// <summary>Paths whose callers are programs, not browsers: they get status codes, never redirects.</summary>
    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiRoutes.ApiPrefix) || context.Request.Path.StartsWithSegments(ApiRoutes.HubsPrefix);

    /// <summary>The 403 of a policy that refused a signed-in user or a key, naming the reach it has.</summary>
    public static Task WriteForbiddenAsync(HttpContext context)
    {
        var user = context.User;
        var reach = context.RequestServices.GetRequiredService<IAccessScope>().Reach(user);
        return WriteAsync(context, StatusCodes.Status403Forbidden, AccessProblems.Title, AccessProblems.Detail(user, reach, "此接口或此镇街的数据"));
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }
        // Results.Problem falls back to plain JSON when the caller's Accept header rules out the problem details writer.
        await Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }

    /// <summary>The API's exception handler: 503 with Retry-After when the database is away, else 500.</summary>
    public static Task WriteUnhandledAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (DatabaseOutage.Is(error))
        {
            DatabaseOutage.ForgetPooledConnections(error!);
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            var detail = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(ApiRoutes.Events)
                ? DatabaseOutage.IngestDetail
                : "数据库暂时无法连接，请稍后按 Retry-After 所示秒数重试。";
            return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, DatabaseOutage.Title, detail);
        }
        return WriteAsync(context, StatusCodes.Status500InternalServerError,
            "服务器内部错误", $"处理请求时发生错误，已记录日志。请求编号：{context.TraceIdentifier}");
    }
}
