namespace Supervision.Web.Security;

/// <summary>How an endpoint declares its access, next to <c>RequireAuthorization(SupervisionPolicies.…)</c>.</summary>
public static class EndpointAccessExtensions
{
    /// <summary>
    /// 403 problem+json unless the caller may see the town named by the route value (or, failing
    /// that, the query parameter) <paramref name="name"/>. Requests without a town pass through; the
    /// handler then must limit its answer with <see cref="IAccessScope.Reach"/>.
    /// </summary>
    public static TBuilder RequireTownAccess<TBuilder>(this TBuilder builder, string name = "town")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var town = http.Request.RouteValues[name]?.ToString() ?? http.Request.Query[name].ToString();
            if (!string.IsNullOrEmpty(town) && !http.RequestServices.GetRequiredService<IAccessScope>().CanSeeTown(http.User, town))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "权限不足",
                    detail: $"当前账号或 API 密钥无权查看镇街 {town} 的数据。");
            }
            return await next(context);
        });
}
