using Microsoft.AspNetCore.WebUtilities;
using Supervision.Web.Api;

namespace Supervision.Tests.Web.Components.Pages;

public abstract partial class ListsWorld
{
    /// <summary>The page's 导出 Excel link (the list's filters as export parameters).</summary>
    protected static string ExportHref<TPage>(IRenderedComponent<TPage> cut) where TPage : IComponent =>
        cut.Find("a.export-button").GetAttribute("href") ?? throw new InvalidOperationException("导出按钮没有链接。");

    /// <summary>
    /// What the export behind <paramref name="href"/> writes, read back from the .xlsx with ClosedXML: its headers,
    /// then each row's cells as the list shows them (<see cref="ListCell.Text"/> of the typed cell), made through the
    /// export endpoint's own filters, tables and writer.
    /// </summary>
    protected async Task<List<List<string>>> ExportedAsync(string href)
    {
        using var workbook = new XLWorkbook(new MemoryStream(await ExportBytesAsync(href)));
        var sheet = workbook.Worksheets.First();
        var width = sheet.Row(1).LastCellUsed()!.Address.ColumnNumber;
        var headers = Enumerable.Range(1, width).Select(c => sheet.Cell(1, c).GetString()).ToList();
        var kinds = (await OpenExportAsync(href)).Columns.Select(c => c.Kind).ToList();
        var last = sheet.LastRowUsed()!.RowNumber();
        return [headers, .. Enumerable.Range(2, last - 1).Select(r => Enumerable.Range(1, width).Select(c => Text(sheet.Cell(r, c), kinds[c - 1])).ToList())];
    }

    /// <summary>The .xlsx the export endpoint streams for <paramref name="href"/>.</summary>
    protected async Task<byte[]> ExportBytesAsync(string href)
    {
        using var output = new MemoryStream();
        await using (var source = await OpenExportAsync(href))
        {
            await ExportEndpoints.WriteAsync(source, output, CancellationToken.None);
        }
        return output.ToArray();
    }

    protected async Task<ExportSource> OpenExportAsync(string href)
    {
        var table = new Uri("http://localhost" + href).AbsolutePath["/api/v1/exports/".Length..^".xlsx".Length];
        var exports = ActivatorUtilities.CreateInstance<TableExports>(Context.Services);
        return await exports.OpenAsync(table, ParseExport(href), CancellationToken.None);
    }

    /// <summary>A typed cell as the list shows its value: shares, instants and numbers in zh-CN, “—” for none.</summary>
    private static string Text(IXLCell cell, ColumnKind kind)
    {
        if (cell.DataType != XLDataType.Number && cell.DataType != XLDataType.DateTime)
        {
            return cell.GetString();
        }
        if (cell.DataType == XLDataType.DateTime)
        {
            var local = cell.GetDateTime();
            return kind == ColumnKind.Date
                ? ListCell.Text(DateOnly.FromDateTime(local), kind)
                : ListCell.Text(new DateTimeOffset(local, WorkingCalendar.ChinaOffset), kind);
        }
        var number = (decimal)cell.GetDouble();
        return kind switch
        {
            ColumnKind.Percent => (number * 100m).ToString("0.0", ZhFormat.Culture) + "%",
            ColumnKind.Integer => ListCell.Text((long)number, kind),
            _ => ListCell.Text(number, kind),
        };
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

    /// <summary>
    /// A lifecycle board as a table: each card, column by column, as its board column's title and then the
    /// card's fields under <paramref name="headers"/> (a field the card leaves out, such as a missing staff member, reads “—”).
    /// </summary>
    protected static List<List<string>> ShownBoard<TPage>(IRenderedComponent<TPage> cut, IReadOnlyList<string> headers) where TPage : IComponent =>
    [
        [.. headers],
        .. cut.FindAll(".board-column").SelectMany(column => column.QuerySelectorAll(".board-card").Select(card => (List<string>)
        [
            column.QuerySelector(".board-title")!.TextContent.Trim(),
            .. headers.Skip(1).Select(h => card.QuerySelector($"[data-column='{h}']")?.TextContent.Trim() ?? ZhFormat.None),
        ])),
    ];
}
