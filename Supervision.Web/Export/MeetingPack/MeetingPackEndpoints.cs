using Supervision.Web.Export.Bulletins;
using Supervision.Web.Common;
using Supervision.Web.Export.MeetingPack;
using Supervision.Web.Security;

namespace Supervision.Web.Export.MeetingPack;

/// <summary>
/// <c>GET /api/v1/exports/meeting-pack/{town}.xlsx?period=2020-W41</c>: the 周调度会材料 workbook. A town
/// leader gets their own town, the county any town; every download is audited.
/// </summary>
public static class MeetingPackEndpoints
{
    public const string Table = "meeting-pack";

    public static string Address(string town, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"/api/v1/exports/{Table}/{Uri.EscapeDataString(town)}.xlsx?period={Uri.EscapeDataString(period.ToString())}";
    }

    public static IEndpointRouteBuilder MapMeetingPackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/api/v1/exports/{Table}/{{town}}.xlsx", DownloadAsync).DisableAntiforgery()
            .RequireAuthorization(SupervisionPolicies.Export).WithName("DownloadMeetingPack");
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        string town, HttpContext http, MeetingPackReader reader, IExportAccess access, IExportAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        // Refused before anything about the town (even whether it exists) is read.
        if (!access.CanExport(http.User, town))
        {
            return ExportProblems.Forbidden(town);
        }
        var problems = new QueryProblems();
        var text = http.Request.Query["period"].ToString();
        Period? period = null;
        try
        {
            period = Period.Parse(text, time.GetUtcNow());
        }
        catch (DomainException e)
        {
            problems.Add("period", string.IsNullOrWhiteSpace(text) ? "请提供时间段 period（如 2020-W41）。" : e.Message);
        }
        if (problems.Any)
        {
            return problems.ToResult();
        }
        var pack = await reader.ReadAsync(town, period!, cancellationToken);
        if (pack is null)
        {
            return ExportProblems.NotFound($"未知镇街代码“{town}”。");
        }
        var bytes = MeetingPackWorkbook.Build(pack);
        await audit.TableExportedAsync(ExportActor.From(http), Table, $"town:{town}", period!.ToString(),
            http.Request.QueryString.Value ?? "", cancellationToken);
        return Results.File(bytes, BulletinEndpoints.XlsxContentType, MeetingPackWorkbook.FileName(pack));
    }
}
