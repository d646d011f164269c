using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Web.Components.Shared;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Export.Tables;
using Supervision.Web.Api;
using Supervision.Web.Queries.StaffPerformance;
using Supervision.Web.Common;

namespace Supervision.Tests.Web.Components.Pages;

public abstract partial class ListsWorld
{
    /// <summary>The page's 导出 Excel link (the list's filters as export parameters).</summary>
    protected static string ExportHref<TPage>(IRenderedComponent<TPage> cut) where TPage : IComponent =>
        cut.Find("a.export-button").GetAttribute("href") ?? throw new InvalidOperationException("导出按钮没有链接。");

    /// <summary>
    /// What the export behind <paramref name="href"/> writes: its headers, then each row's cells as the
    /// list shows them (<see cref="ListCell.Text"/>), read through the export endpoint's own filters and tables.
    /// </summary>
    protected async Task<List<List<string>>> ExportedAsync(string href)
    {
        var table = new Uri("http://localhost" + href).AbsolutePath["/api/v1/exports/".Length..^".xlsx".Length];
        var filters = ParseExport(href);
        // Built from the page services: the same readers the app gives the export endpoint.
        var exports = ActivatorUtilities.CreateInstance<TableExports>(Context.Services);
        await using var source = await exports.OpenAsync(table, filters, CancellationToken.None);
        return [source.Columns.Select(c => c.Header).ToList(),
            .. source.Rows.Select(row => row.Select((v, i) => ListCell.Text(v, source.Columns[i].Kind)).ToList())];
    }

    /// <summary>The export endpoint's reading of the link's filters; an invalid one fails the test.</summary>
    protected ExportFilters ParseExport(string href)
    {
        var problems = new QueryProblems();
        var towns = Queries.Towns.Select(t => t.Code).ToList();
        var query = new QueryCollection(QueryHelpers.ParseQuery(new Uri("http://localhost" + href).Query));
        var filters = ExportFilters.Parse(query, Time.GetUtcNow(), towns, problems);
        Assert.False(problems.Any, "导出参数无效：" + href);
        return filters;
    }

    /// <summary>The table's header texts, then each row's cell texts, as on screen.</summary>
    protected static List<List<string>> Shown<TPage>(IRenderedComponent<TPage> cut, string tableClass) where TPage : IComponent =>
    [
        cut.FindAll($".{tableClass} thead th").Select(th => th.TextContent.Trim()).ToList(),
        .. cut.FindAll($".{tableClass} tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()),
    ];
}
