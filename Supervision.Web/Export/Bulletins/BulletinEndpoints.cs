using System.Globalization;
using Supervision.Domain;
using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// <c>POST /api/v1/bulletins?week=2020-W40</c> (or <c>month=2020-10</c>, or <c>from=…&amp;to=…</c>) issues a
/// bulletin; <c>GET /api/v1/bulletins</c> lists them; <c>GET /api/v1/bulletins/{year}/{number}.xlsx</c> downloads one.
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
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http, BulletinService bulletins, IExportAccess access,
        string? week, string? month, string? from, string? to, CancellationToken cancellationToken)
    {
        if (!access.CanExport(http.User, null))
        {
            return ExportProblems.Forbidden(null);
        }
        Domain.Figures.Period period;
        try
        {
            period = bulletins.ResolvePeriod(week, month, from, to);
        }
        catch (DomainException e)
        {
            return ExportProblems.BadRequest(e.Message);
        }
        var info = await bulletins.IssueAsync(period, ExportActor.From(http), cancellationToken);
        return Results.Created(info.DownloadPath, Json(info));
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
        HttpContext http, BulletinService bulletins, IExportAccess access, string year, string number, CancellationToken cancellationToken)
    {
        if (!access.CanExport(http.User, null))
        {
            return ExportProblems.Forbidden(null);
        }
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 9999)
        {
            return ExportProblems.BadRequest($"年份“{year}”无效：应为四位数字，如 2020。");
        }
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return ExportProblems.BadRequest($"期号“{number}”无效：应为正整数，如 40。");
        }
        var found = await bulletins.DownloadAsync(y, n, ExportActor.From(http), cancellationToken);
        return found is { } f
            ? Results.File(f.Content, XlsxContentType, f.Info.FileName)
            : ExportProblems.NotFound($"{y}年第{n}期通报不存在。");
    }

    private static object Json(IssuedBulletinInfo b) => new
    {
        b.Year,
        b.Number,
        b.Title,
        b.Period,
        b.PeriodLabel,
        b.Scope,
        b.GeneratedBy,
        b.GeneratedAt,
        Download = b.DownloadPath,
    };
}
