namespace Supervision.Web.Export;

/// <summary>The problem+json answers of the bulletin and export endpoints, worded in one place.</summary>
internal static class ExportProblems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求参数错误", detail: detail);

    public static IResult Forbidden(string? townCode) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权导出",
            detail: townCode is null ? "您只能导出本镇（街道）的数据，无权印发或下载全县通报。" : $"您无权导出镇（街道）{townCode} 的数据。");

    /// <summary>Bad bulletin input, every problem by field (problem+json with Chinese <c>errors</c>).</summary>
    public static IResult Invalid(Bulletins.BulletinInputException e) =>
        Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), title: "通报内容无效", detail: e.Message);

    public static IResult AdminOnly(string action) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作", detail: $"只有县局管理员可以{action}已印发的通报。");

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到", detail: detail);
}
