using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Web.Security;
using Supervision.Web.Security.ApiKeys;

namespace Supervision.Web.ApiReference;

/// <summary>The document's title and introduction, the two ways to authenticate, and the shared problem+json schema.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";
    public const string CookieScheme = "SignIn";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "一窗受理监管平台 API",
            Version = "v1",
            Description =
                "便民服务中心的叫号、审批、评价和考勤系统用 API 密钥（请求头 X-Api-Key，ingest 权限）上报事件；" +
                "只读密钥（read 权限）或已登录的用户读取数据、镇街与配置。所有错误均为 problem+json，title 与 detail 为中文。" +
                "镇街密钥只能上报和读取本镇街。",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.Header,
            Description = "县行政审批服务局在“API 密钥”页面发放的密钥；ingest 权限用于上报事件，read 权限用于读取接口。",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = SecurityServiceCollectionExtensions.CookieName,
            Description = "浏览器登录后的会话 Cookie（/account/login）；导出、通报与配置修改按角色授权。",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemResponses.SchemaId] = ProblemResponses.ProblemSchema();
        return Task.CompletedTask;
    }
}
