using System.Buffers;
using Microsoft.Net.Http.Headers;
using Supervision.Web.Security;
using Supervision.Web.Security.Hardening;
using Supervision.Web.Routing;

namespace Supervision.Web.Ingestion;

/// <summary><c>POST /api/v1/events</c>: event contract v1 for hall systems.</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapIngestionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The key (X-Api-Key), its ingest scope and its request rate are checked before the handler runs (Security/);
        // its events per minute, per key and per town, once the body is read and before any database work.
        // Its request body, answers and errors are described in ApiReference/EventContractTransformer.
        endpoints.MapPost(ApiRoutes.Events, PostEventsAsync)
            .RequireAuthorization(SupervisionPolicies.ApiIngest)
            .DisableAntiforgery()
            .WithName("PostEvents")
            .WithTags(ApiTags.Events)
            .WithSummary("上报事件");
        return endpoints;
    }

    private static async Task<IResult> PostEventsAsync(
        HttpContext http,
        IEventIngestor ingestor,
        IngestBudget budget,
        HallDayGuard hallDays,
        IOptions<IngestionOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        // A town-bound key carries its town as a claim; a county-wide key has none.
        var townScope = http.User.FindFirstValue(SupervisionClaims.Town);

        if (!IsUtf8Json(http.Request.ContentType))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "不支持的请求体类型",
                detail: "请求头 Content-Type 必须是 application/json（字符集只能是 UTF-8），整批未写入。");
        }

        var body = await ReadBodyAsync(http, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "请求体过大",
                detail: $"请求体超过上限 {options.Value.MaxBodyBytes:N0} 字节，请拆分为多个批次上报。");
        }

        EventBatchReadResult batch;
        try
        {
            batch = EventBatchReader.Read(body.Value, new EventIngestRules(time.GetUtcNow(), options.Value.AttendanceDateWindowDays));
        }
        catch (EventBatchFormatException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求体格式错误", detail: e.Message);
        }

        if (batch.Errors.Count > 0)
        {
            return Invalid(batch.Errors);
        }

        // Before the budget: a town key must not spend other towns' allowance on events it may not send.
        if (EventScope.OutOfScope(batch.Events, townScope) is { Count: > 0 } outOfScope)
        {
            return OutOfScope(townScope!, outOfScope);
        }
        if (budget.TryTake(http.User.FindFirstValue(SupervisionClaims.ApiKeyId) ?? "", batch.Events) is { } refusal)
        {
            return TooMany(http, refusal);
        }
        if (await hallDays.CheckAsync(batch.Events, cancellationToken) is { Count: > 0 } implausible)
        {
            return Implausible(implausible);
        }

        try
        {
            var result = await ingestor.IngestAsync(batch.Events, townScope, cancellationToken);
            return Results.Ok(new { stored = result.Stored, duplicates = result.Duplicates });
        }
        catch (EventsOutOfScopeException e)
        {
            return OutOfScope(e.TownScope, e.Events);
        }
        catch (EventBatchRejectedException e)
        {
            return Invalid(e.Errors);
        }
    }

    private static IResult OutOfScope(string townScope, IReadOnlyList<EventError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "无权上报其他镇街的事件",
            detail: $"该 API 密钥仅限镇街 {townScope}，批次中有 {errors.Count} 个事件属于其他镇街，整批未写入。",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    private static IResult TooMany(HttpContext http, IngestRefusal refusal)
    {
        var seconds = (int)Math.Ceiling(refusal.RetryAfter.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var whose = refusal.Town is null ? "该 API 密钥" : $"镇街 {refusal.Town}（所有密钥合计）";
        var detail = refusal.TooLarge
            ? $"{whose}每分钟最多上报 {refusal.Limit:N0} 个事件，本批为 {refusal.Events:N0} 个，整批未写入，请拆分为较小的批次。"
            : $"{whose}每分钟最多上报 {refusal.Limit:N0} 个事件，本批 {refusal.Events:N0} 个超出剩余额度，整批未写入，请 {seconds} 秒后再试。";
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "上报事件过多", detail: detail);
    }

    private static IResult Implausible(IReadOnlyList<ImplausibleHallDay> days) =>
        Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "事件数量不合理",
            detail: $"本批将使 {days.Count} 个大厅日的取号或受理数超过合理上限，整批未写入。请检查上报系统是否重复或错误生成事件。",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = days.Select(d => new { town = d.Town, day = d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = d.Reason }).ToList(),
            });

    private static IResult Invalid(IReadOnlyList<EventError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "事件校验未通过",
            detail: $"批次中有 {errors.Count} 个事件无效，整批未写入。",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>
    /// <c>application/json</c> (or a <c>+json</c> type) in UTF-8. A form or text/plain body is what a
    /// browser may send across sites without asking first, so only a JSON type is read.
    /// </summary>
    private static bool IsUtf8Json(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.MediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <returns>The body, or null when it is longer than <paramref name="limit"/>.</returns>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        // Kestrel's own cap (30 MB by default) must not undercut ours; our count below enforces the real one.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        var buffer = new ArrayBufferWriter<byte>(http.Request.ContentLength is { } length ? (int)Math.Max(length, 1) : 64 * 1024);
        var stream = http.Request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(64 * 1024);
            int read;
            try
            {
                read = await stream.ReadAsync(memory, cancellationToken);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
