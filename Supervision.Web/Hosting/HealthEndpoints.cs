using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Supervision.Web.Routing;

namespace Supervision.Web.Hosting;

public static class HealthEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Maps <c>/healthz</c>: 200 when healthy or degraded, 503 when unhealthy, with a JSON body such as
    /// <c>{"status":"Healthy","statusText":"正常","checks":[{"name":"database",…}]}</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(ApiRoutes.Health, new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status.ToString(),
            statusText = Text(report.Status),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                statusText = Text(e.Value.Status),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    private static string Text(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "正常",
        HealthStatus.Degraded => "降级",
        _ => "异常",
    };
}
