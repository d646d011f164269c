using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Routing;

namespace Supervision.Web.Security.Hardening;

/// <summary>
/// Sign-in posts are limited per client IP (password guessing), ingestion per API key (a runaway
/// hall system must not starve the others). Rejections are 429 with Retry-After.
/// </summary>
internal static class RateLimits
{

    public static IServiceCollection AddSupervisionRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            options.OnRejected = OnRejectedAsync;
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var settings = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (request.Path.Equals(ApiRoutes.Login, StringComparison.OrdinalIgnoreCase))
        {
            var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter("signin:" + ip, _ => PerMinute(settings.SignInPermitsPerMinute));
        }
        if (request.Path.Equals(ApiRoutes.Events, StringComparison.OrdinalIgnoreCase)
            && ApiKeyDefaults.SecretOf(request) is { Length: > 0 } key)
        {
            // Partition by a hash so the limiter never holds secrets.
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
            return RateLimitPartition.GetFixedWindowLimiter("ingest:" + hash, _ => PerMinute(settings.IngestPermitsPerMinute));
        }
        return RateLimitPartition.GetNoLimiter("");
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(permits, 1),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        if (ApiProblems.IsApiRequest(context))
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "请求过于频繁",
                $"该 API 密钥每分钟的请求数已达上限，请 {seconds} 秒后再试。");
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"登录尝试过于频繁，请 {seconds} 秒后再试。", cancellationToken);
    }
}
