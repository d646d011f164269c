using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// One export ready to write: its sheet, columns and rows. Rows may be read lazily from the
/// database while the file is written; disposing releases the connection behind them.
/// </summary>
public sealed class ExportSource(string table, string sheetName, string title, IReadOnlyList<ExcelColumn> columns, IEnumerable<object?[]> rows, IAsyncDisposable? owner = null)
    : IAsyncDisposable
{
    public string Table { get; } = table;
    public string SheetName { get; } = sheetName;
    public string Title { get; } = title;
    public IReadOnlyList<ExcelColumn> Columns { get; } = columns;
    public IEnumerable<object?[]> Rows { get; } = rows;

    public string FileName => $"{Title}.xlsx";

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
