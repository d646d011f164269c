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

    /// <summary>
    /// The same export, calling <paramref name="row"/> as each row is read and <paramref name="finished"/> (true when
    /// it failed or was cancelled) when its rows end; disposing it releases what this one holds.
    /// </summary>
    public ExportSource Observed(Action row, Action<bool> finished)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(finished);
        return new ExportSource(Table, SheetName, Title, Columns, Watch(Rows, row, finished), owner);
    }

    private static IEnumerable<object?[]> Watch(IEnumerable<object?[]> rows, Action row, Action<bool> finished)
    {
        var completed = false;
        try
        {
            foreach (var values in rows)
            {
                row();
                yield return values;
            }
            completed = true;
        }
        finally
        {
            finished(!completed);
        }
    }

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
