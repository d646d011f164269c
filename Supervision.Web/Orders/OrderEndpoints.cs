using Microsoft.AspNetCore.Mvc;
using Supervision.Web.Queries.Orders;
using Supervision.Web.Security;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Orders;

/// <summary>
/// The orders API. One order lives under its town (<c>/api/v1/towns/{town}/orders/{id}</c>), so the town
/// check of <see cref="SupervisionPolicies.TownView"/> covers reading, answering and downloading evidence;
/// the service checks the role and that the order is that town's. Errors are problem+json in Chinese.
/// </summary>
public static class OrderEndpoints
{
    /// <summary>Largest answer request: every evidence file at its limit plus the form fields.</summary>
    public const long MaxAnswerBytes = EvidenceRules.MaxBytes * EvidenceRules.MaxFiles + 1024 * 1024;

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapGroup("/api/v1/orders").DisableAntiforgery().RequireAuthorization(SupervisionPolicies.TownView);
        orders.MapGet("", ListAsync).WithName("ListOrders");
        orders.MapPost("", RaiseAsync).WithName("RaiseOrder");

        var one = endpoints.MapGroup("/api/v1/towns/{town}/orders/{id:long}").DisableAntiforgery().RequireAuthorization(SupervisionPolicies.TownView);
        one.MapGet("", GetAsync).WithName("GetOrder");
        one.MapPost("/sign", (HttpContext http, OrderService s, OrderQueries q, string town, long id, CancellationToken ct) =>
            RunAsync(() => s.SignAsync(http.User, AuditActor.From(http), town, id, ct), q.Now));
        one.MapPost("/answer", AnswerAsync).WithName("AnswerOrder")
            .WithMetadata(new RequestSizeLimitAttribute(MaxAnswerBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxAnswerBytes });
        one.MapPost("/return", (HttpContext http, OrderService s, OrderQueries q, string town, long id, ReturnBody? body, CancellationToken ct) =>
            RunAsync(() => s.ReturnAsync(http.User, AuditActor.From(http), town, id, body?.Reason, ct), q.Now));
        one.MapPost("/close", (HttpContext http, OrderService s, OrderQueries q, string town, long id, CancellationToken ct) =>
            RunAsync(() => s.CloseAsync(http.User, AuditActor.From(http), town, id, ct), q.Now));
        one.MapGet("/evidence/{evidenceId:long}", DownloadAsync).WithName("DownloadOrderEvidence");
        return endpoints;
    }

    /// <summary>The body of <c>POST /api/v1/orders</c>; <c>source</c> is the enum name (RedCard, Manual, …).</summary>
    public sealed record RaiseBody(string? Town, string? Source, string? Subject, string? Problem, string? Requirement, int? DeadlineDays);

    public sealed record ReturnBody(string? Reason);

    private static async Task<IResult> ListAsync(
        HttpContext http, OrderQueries queries, IAccessScope scope, string? town, string? state, string? source, string? period, CancellationToken ct)
    {
        var reach = scope.Reach(http.User);
        OrderFilter filter;
        try
        {
            filter = new OrderFilter(
                reach.Kind == AccessReachKind.Town ? reach.TownCode : Blank(town),
                ParseEnum<OrderState>(state, "状态"),
                ParseEnum<OrderSource>(source, "来源"),
                Blank(period) is { } p ? Period.Parse(p, queries.Now) : null);
        }
        catch (Exception e) when (e is DomainException or FormatException or ArgumentException)
        {
            return Invalid("query", e.Message);
        }
        var list = await queries.ListAsync(filter, ct);
        return Results.Ok(new
        {
            Counts = list.Counts.ToDictionary(c => c.Key.ToString(), c => c.Value),
            list.Overdue,
            Orders = list.Orders.Select(o => Json(o, queries.Now)),
        });
    }

    private static async Task<IResult> RaiseAsync(HttpContext http, OrderService orders, OrderQueries queries, RaiseBody? body, CancellationToken ct)
    {
        if (body is null)
        {
            return Invalid("body", "请求正文应为督办单 JSON。");
        }
        if (body.DeadlineDays is null)
        {
            return Invalid(nameof(body.DeadlineDays), "请填写整改期限（工作日）。");
        }
        OrderSource source;
        try
        {
            source = ParseEnum<OrderSource>(body.Source, "来源") ?? OrderSource.Manual;
        }
        catch (DomainException e)
        {
            return Invalid(nameof(body.Source), e.Message);
        }
        return await RunAsync(() => orders.RaiseAsync(http.User, AuditActor.From(http),
            new NewOrder(body.Town?.Trim() ?? "", source, body.Subject, body.Problem, body.Requirement, body.DeadlineDays.Value), ct), queries.Now, created: true);
    }

    private static async Task<IResult> GetAsync(HttpContext http, OrderQueries queries, OrderAccess access, string town, long id, CancellationToken ct)
    {
        if (!access.CanSee(http.User, town))
        {
            return Denied("您无权查看该镇（街道）的督办单。");
        }
        var detail = await queries.GetAsync(town, id, ct);
        return detail is null ? NotFound() : Results.Ok(new { Order = Json(detail.Order, queries.Now), detail.Evidence });
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, OrderService orders, OrderQueries queries, string town, long id, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxAnswerBytes)
        {
            return TooLarge();
        }
        if (!http.Request.HasFormContentType)
        {
            return Invalid("body", "请以 multipart/form-data 提交：measures（整改措施）和 evidence（证明材料，可多个）。");
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return TooLarge();
        }
        var files = new List<EvidenceFile>();
        foreach (var file in form.Files)
        {
            try
            {
                // The declared size first: an oversized file is refused without reading it.
                EvidenceRules.CheckSize(EvidenceRules.SafeName(file.FileName), file.Length);
            }
            catch (DomainException e)
            {
                return Invalid("evidence", e.Message);
            }
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            files.Add(new EvidenceFile(file.FileName, buffer.ToArray()));
        }
        return await RunAsync(() => orders.AnswerAsync(http.User, AuditActor.From(http), town, id, form["measures"], files, ct), queries.Now);
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, OrderService orders, string town, long id, long evidenceId, CancellationToken ct)
    {
        try
        {
            var evidence = await orders.DownloadEvidenceAsync(http.User, AuditActor.From(http), town, id, evidenceId, ct);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(evidence.Content, evidence.ContentType, evidence.FileName);
        }
        catch (OrderDeniedException e)
        {
            return Denied(e.Message);
        }
        catch (OrderNotFoundException e)
        {
            return NotFound(e.Message);
        }
    }

    /// <param name="now">The app's clock, for the order's overdue flag in the answer.</param>
    private static async Task<IResult> RunAsync(Func<Task<SupervisionOrder>> action, DateTimeOffset now, bool created = false)
    {
        try
        {
            var order = await action();
            var json = Json(order, now);
            return created ? Results.Created($"/api/v1/towns/{order.Town}/orders/{order.Id}", json) : Results.Ok(json);
        }
        catch (DomainException e)
        {
            return Invalid("order", e.Message);
        }
        catch (OrderDeniedException e)
        {
            return Denied(e.Message);
        }
        catch (OrderNotFoundException e)
        {
            return NotFound(e.Message);
        }
    }

    private static T? ParseEnum<T>(string? text, string what) where T : struct, Enum =>
        Blank(text) is not { } t ? null
        : Enum.TryParse<T>(t, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(t, CultureInfo.InvariantCulture, out _) ? value
        : throw new DomainException($"{what}“{t}”无效，可选：{string.Join("、", Enum.GetNames<T>())}。");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "督办单请求无效", detail: message);

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "证明材料过大",
        detail: $"上传内容超过上限：每个证明材料不超过 {EvidenceRules.MaxBytes / 1024 / 1024} MB，一次最多 {EvidenceRules.MaxFiles} 个。");

    private static IResult Denied(string message) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作", detail: message);

    private static IResult NotFound(string message = "督办单不存在。") => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到", detail: message);

    private static object Json(SupervisionOrder o, DateTimeOffset now) => new
    {
        o.Id,
        o.Label,
        o.Year,
        o.Number,
        o.Town,
        Source = o.Source.ToString(),
        SourceName = OrderNames.Of(o.Source),
        o.Subject,
        o.Problem,
        o.Requirement,
        o.DeadlineDays,
        o.Deadline,
        o.DeadlineProvisional,
        State = o.State.ToString(),
        StateName = OrderNames.Of(o.State),
        Overdue = o.IsOverdue(now),
        o.RaisedBy,
        o.RaisedAt,
        o.Measures,
        o.AnsweredAt,
        o.ReturnReason,
        o.ReturnCount,
        o.ClosedAt,
    };
}
