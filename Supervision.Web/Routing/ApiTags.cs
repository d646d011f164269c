namespace Supervision.Web.Routing;

/// <summary>The groups the OpenAPI document and the reference page list endpoints under (<c>WithTags</c>).</summary>
public static class ApiTags
{
    public const string Events = "事件上报";
    public const string Figures = "指标与办件";
    public const string Towns = "镇街";
    public const string Settings = "配置";
    public const string Exports = "导出";
    public const string Bulletins = "通报";
}
