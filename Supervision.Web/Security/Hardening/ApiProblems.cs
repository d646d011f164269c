namespace Supervision.Web.Security.Hardening;

/// <summary>problem+json answers written outside endpoint handlers (authentication, rate limits, errors).</summary>
public static class ApiProblems
{
    /// <summary>Paths whose callers are programs, not browsers: they get status codes, never redirects.</summary>
    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs");

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
}
