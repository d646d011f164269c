using Supervision.Web.Export.Excel;
using Supervision.Web.Queries.Reference;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// One column of a list as its page shows it and its export writes it: the Chinese header, the cell kind
/// and the value of a row. A page renders its cells from these values (through <c>ListCell.Text</c>) and the
/// export writes the same values, so the file and the screen cannot drift apart.
/// </summary>
/// <param name="Value">The cell's value for a row; names (towns, items, staff) come from <see cref="ReferenceNames"/>.</param>
/// <param name="Target">The target a share is judged against on screen (marked red when missed).</param>
public sealed record ListColumn<TRow>(ExcelColumn Excel, Func<TRow, ReferenceNames, object?> Value, TargetKey? Target = null)
{
    public string Header => Excel.Header;
}

public static class ListColumns
{
    public static IReadOnlyList<ExcelColumn> Excel<TRow>(IReadOnlyList<ListColumn<TRow>> columns) => columns.Select(c => c.Excel).ToList();

    public static object?[] Values<TRow>(IReadOnlyList<ListColumn<TRow>> columns, TRow row, ReferenceNames names)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var values = new object?[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = columns[i].Value(row, names);
        }
        return values;
    }

    /// <summary>“是”/“否”, or null (shown as “—”) when not known.</summary>
    public static string? YesNo(bool? value) => value switch { true => "是", false => "否", null => null };
}
