using Microsoft.OpenApi;

namespace Supervision.Web.ApiReference;

/// <summary>The problem+json (RFC 9457) answers of the API: every error has this shape, with Chinese title and detail.</summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";
    public const string SchemaId = "Problem";

    /// <summary>What each status means across the API, unless an operation says more.</summary>
    public static IReadOnlyDictionary<int, string> Meanings { get; } = new Dictionary<int, string>
    {
        [400] = "参数或请求体无效（detail 与 errors 说明原因）",
        [401] = "未登录，或缺少/无效/已吊销的 API 密钥（X-Api-Key）",
        [403] = "无权访问此接口或此镇街的数据",
        [404] = "不存在",
        [409] = "与他人的修改冲突",
        [413] = "请求体过大",
        [415] = "不支持的请求体类型",
        [422] = "内容不合理，未写入",
        [429] = "请求过于频繁；按 Retry-After 秒数后重试",
        [503] = "数据库暂时无法连接；按 Retry-After 秒数后重试",
    };

    public static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "problem+json（RFC 9457）；title 与 detail 为中文",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "错误类别（中文）" },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "原因与处理办法（中文）" },
            ["errors"] = new OpenApiSchema { Description = "逐项的问题（中文）：参数名到问题列表，或事件接口的逐事件列表" },
        },
        Required = new HashSet<string> { "title", "status" },
    };

    /// <summary>A problem+json response; <paramref name="schemaId"/> names a richer component than <see cref="SchemaId"/>.</summary>
    public static OpenApiResponse Response(OpenApiDocument document, int status, string? description = null, string schemaId = SchemaId) => new()
    {
        Description = description ?? Meanings.GetValueOrDefault(status, "错误"),
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ContentType] = new() { Schema = new OpenApiSchemaReference(schemaId, document) },
        },
    };
}
