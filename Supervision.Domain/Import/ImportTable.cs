namespace Supervision.Domain.Import;

/// <summary>
/// A spreadsheet as text: the header row and the data rows, whatever file it came from (CSV or XLSX).
/// Cells are trimmed strings; an empty cell is <c>""</c>. Rows keep the number the user sees in the
/// spreadsheet (header = row 1), so a report can point at them.
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);

/// <summary>One data row. <see cref="Cells"/> may be shorter or longer than the header.</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : "";

    public bool IsBlank => Cells.All(c => c.Length == 0);
}
