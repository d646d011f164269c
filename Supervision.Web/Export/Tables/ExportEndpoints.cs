using System.IO.Pipelines;
using Supervision.Web.Common;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Export.Excel;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Export.Tables;

/// <summary><c>GET /api/v1/exports/{table}.xlsx?…filters…</c>: a dashboard table as .xlsx, streamed while it is read.</summary>
public static class ExportEndpoints
{
    /// <summary>The page's ticket for following a long export (<see cref="ExportProgress"/>).</summary>
    public const string ProgressParameter = "progress";

    public static IEndpointRouteBuilder MapTableExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ApiRoutes.TableExport, ExportAsync).DisableAntiforgery()
            .RequireAuthorization(SupervisionPolicies.Export).WithName("ExportTable").WithTags(ApiTags.Exports)
            .WithSummary($"导出表格为 .xlsx（{string.Join("、", TableExports.Tables)}），筛选条件同页面")
            .Produces(StatusCodes.Status200OK, contentType: BulletinEndpoints.XlsxContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        string table, HttpContext http, TableExports exports, IFigureQueries figures, IExportAccess access, IExportAudit audit,
        ExportProgress progress, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!TableExports.Tables.Contains(table))
        {
            return ExportProblems.NotFound($"不支持导出“{table}”：可导出的表为 {string.Join("、", TableExports.Tables)}。");
        }
        var problems = new QueryProblems();
        var towns = (await figures.GetTownsAsync(cancellationToken)).Select(t => t.Code).ToList();
        var filters = ExportFilters.Parse(http.Request.Query, time.GetUtcNow(), towns, problems);
        if (TableExports.NeedsPeriod(table) && filters.Period is null && !problems.Any)
        {
            problems.Add("period", "导出该表需要时间段：请提供 period（如 2020-W41、2020-10）或 from 和 to（yyyy-MM-dd）。");
        }
        if (TableExports.NeedsTown(table) && filters.Town is null && !problems.Any)
        {
            problems.Add("town", "导出事项清单需要镇街：请提供 town（镇街代码）。");
        }
        if (problems.Any)
        {
            return problems.ToResult();
        }
        if (!access.CanExport(http.User, filters.Town))
        {
            return ExportProblems.Forbidden(filters.Town);
        }

        var source = await exports.OpenAsync(table, filters, cancellationToken);
        var ticket = http.Request.Query[ProgressParameter].ToString();
        if (ExportProgress.IsTicket(ticket))
        {
            source = progress.Track(ticket, source);
        }
        // The progress ticket is the page's, not a filter: the record keeps the filters alone.
        var recorded = QueryString.Create(http.Request.Query.Where(p => p.Key != ProgressParameter)).Value ?? "";
        await audit.TableExportedAsync(ExportActor.From(http), table, filters.Scope, filters.Period?.ToString(), recorded, cancellationToken);
        return Results.Stream(async body =>
        {
            await using (source)
            {
                await WriteAsync(source, body, http.RequestAborted);
            }
        }, BulletinEndpoints.XlsxContentType, source.FileName);
    }

    /// <summary>
    /// The workbook is written synchronously (OpenXmlWriter, ZipArchive) on a worker thread into a
    /// pipe, and the pipe is copied to the response asynchronously, so no server thread blocks on
    /// the network and the pipe's back-pressure keeps memory flat.
    /// </summary>
    public static async Task WriteAsync(ExportSource source, Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var pipe = new Pipe();
        var writing = Task.Run(() =>
        {
            try
            {
                // Left open: disposing the stream would complete the pipe as if the file were whole, and the
                // failure below would never reach the response.
                using var output = pipe.Writer.AsStream(leaveOpen: true);
                var rows = source.Rows.Select(r =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return r;
                });
                StreamingXlsx.Write(output, source.SheetName, source.Title, source.Columns, rows);
                pipe.Writer.Complete();
            }
            catch (Exception e)
            {
                pipe.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await pipe.Reader.CopyToAsync(body, cancellationToken);
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            await writing;
        }
    }
}
