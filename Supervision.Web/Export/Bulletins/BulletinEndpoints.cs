using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// <c>POST /api/v1/bulletins?week=2020-W40</c> (or <c>month=2020-10</c>, or <c>from=…&amp;to=…</c>, with an optional
/// JSON body of edits) issues a bulletin; <c>GET /api/v1/bulletins</c> lists them with their corrections;
/// <c>GET /api/v1/bulletins/{year}/{number}.xlsx[?revision=0]</c> downloads one;
/// <c>POST …/{year}/{number}/correction</c> and <c>…/withdrawal</c> (county admin, with a reason) correct or withdraw it.
/// </summary>
public static class BulletinEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapBulletinEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Signed-in CountyAdmin, Inspector or TownLeader; which scope each may export is checked per request.
        var group = endpoints.MapGroup("").DisableAntiforgery().RequireAuthorization(SupervisionPolicies.Export).WithTags(ApiTags.Bulletins);
        group.MapPost(ApiRoutes.Bulletins, IssueAsync).WithName("IssueBulletin").WithSummary("签发通报（week、month 或 from/to 任选其一）")
            .Produces(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet(ApiRoutes.Bulletins, ListAsync).WithName("ListBulletins").WithSummary("已签发的通报");
        group.MapGet(ApiRoutes.BulletinDownload, DownloadAsync).WithName("DownloadBulletin").WithSummary("下载一期通报（.xlsx）")
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost(ApiRoutes.BulletinCorrection, CorrectAsync).WithName("CorrectBulletin").WithSummary("更正一期已印发的通报（县级管理员，须写明原因）")
            .Produces(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost(ApiRoutes.BulletinWithdrawal, WithdrawAsync).WithName("WithdrawBulletin").WithSummary("撤回一期已印发的通报（县级管理员，须写明原因）")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>Edits sent with an issue or a correction; a field left out keeps its generated or remembered value.</summary>
    public sealed record EditsDto(
        string? Summary, string[]? Praise, string[]? Criticism,
        string? DocumentNumber, string? MainRecipients, string? CopyTo, string? Signer, string? Reason);

    private static async Task<IResult> IssueAsync(
        HttpContext http, BulletinService bulletins, IExportAccess access,
        string? week, string? month, string? from, string? to,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] EditsDto? body, CancellationToken cancellationToken)
    {
        if (!access.CanExport(http.User, null))
        {
            return ExportProblems.Forbidden(null);
        }
        try
        {
            var period = bulletins.ResolvePeriod(week, month, from, to);
            var info = await bulletins.IssueAsync(period, body is null ? null : d => Merge(body, d), ExportActor.From(http), cancellationToken);
            return Results.Created(info.DownloadPath, Json(info));
        }
        catch (DomainException e)
        {
            return ExportProblems.BadRequest(e.Message);
        }
        catch (BulletinInputException e)
        {
            return ExportProblems.Invalid(e);
        }
    }

    private static async Task<IResult> ListAsync(HttpContext http, BulletinService bulletins, IExportAccess access, CancellationToken cancellationToken)
    {
        if (!access.CanExport(http.User, null))
        {
            return ExportProblems.Forbidden(null);
        }
        return Results.Ok((await bulletins.ListAsync(cancellationToken)).Select(Json));
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext http, BulletinService bulletins, IExportAccess access, string year, string number, string? revision,
        CancellationToken cancellationToken)
    {
        if (!access.CanExport(http.User, null))
        {
            return ExportProblems.Forbidden(null);
        }
        var ((y, n), problem) = Issue(year, number);
        if (problem is not null)
        {
            return problem;
        }
        int? r = null;
        if (revision is not null)
        {
            if (!int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return ExportProblems.BadRequest($"更正版次“{revision}”无效：应为 0（原件）或正整数。");
            }
            r = parsed;
        }
        var found = await bulletins.DownloadAsync(y, n, r, ExportActor.From(http), cancellationToken);
        return found is { } f
            ? Results.File(f.Content, XlsxContentType, f.Info.FileName)
            : ExportProblems.NotFound($"{y}年第{n}期通报{(r is { } v ? $"第 {v} 版" : "")}不存在。");
    }

    private static Task<IResult> CorrectAsync(
        HttpContext http, BulletinService bulletins, string year, string number,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] EditsDto? body, CancellationToken cancellationToken) =>
        // Only the reason is required: the text not sent is generated again, the fields not sent are kept.
        AmendAsync(http, year, number, "更正", async (y, n) =>
            await bulletins.CorrectAsync(y, n, body?.Reason, body is null ? null : d => Merge(body, d), ExportActor.From(http), cancellationToken)
                is { } info ? Results.Created(info.DownloadPath, Json(info)) : null);

    private static Task<IResult> WithdrawAsync(
        HttpContext http, BulletinService bulletins, string year, string number,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] EditsDto? body, CancellationToken cancellationToken) =>
        AmendAsync(http, year, number, "撤回", async (y, n) =>
            await bulletins.WithdrawAsync(y, n, body?.Reason, ExportActor.From(http), cancellationToken) is { } info ? Results.Ok(Json(info)) : null);

    /// <summary>更正 or 撤回: county admin only, a valid issue number; <paramref name="amend"/> answers null when there is no such bulletin.</summary>
    private static async Task<IResult> AmendAsync(HttpContext http, string year, string number, string action, Func<int, int, Task<IResult?>> amend)
    {
        if (!http.User.IsInRole(SupervisionRoles.CountyAdmin))
        {
            return ExportProblems.AdminOnly(action);
        }
        var (issue, problem) = Issue(year, number);
        if (problem is not null)
        {
            return problem;
        }
        try
        {
            return await amend(issue.Year, issue.Number) ?? ExportProblems.NotFound($"{issue.Year}年第{issue.Number}期通报不存在。");
        }
        catch (BulletinInputException e)
        {
            return ExportProblems.Invalid(e);
        }
    }

    private static BulletinEdits Merge(EditsDto body, BulletinEdits defaults) => new(
        body.Summary ?? defaults.Summary,
        body.Praise is { } praise ? BulletinEdits.SplitLines(string.Join('\n', praise)) : defaults.Praise,
        body.Criticism is { } criticism ? BulletinEdits.SplitLines(string.Join('\n', criticism)) : defaults.Criticism,
        body.DocumentNumber ?? defaults.DocumentNumber,
        body.MainRecipients ?? defaults.MainRecipients,
        body.CopyTo ?? defaults.CopyTo,
        body.Signer ?? defaults.Signer);

    private static ((int Year, int Number) Issue, IResult? Problem) Issue(string year, string number)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 9999)
        {
            return (default, ExportProblems.BadRequest($"年份“{year}”无效：应为四位数字，如 2020。"));
        }
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return (default, ExportProblems.BadRequest($"期号“{number}”无效：应为正整数，如 40。"));
        }
        return ((y, n), null);
    }

    private static object Json(IssuedBulletinInfo b) => new
    {
        b.Year,
        b.Number,
        b.Revision,
        b.Title,
        b.DocumentNumber,
        b.Period,
        b.PeriodLabel,
        b.Scope,
        b.GeneratedBy,
        b.GeneratedAt,
        b.DataAsOf,
        State = b.State.ToString().ToLowerInvariant(),
        b.StateReason,
        Download = b.DownloadPath,
    };
}
