using ClosedXML.Excel;

namespace Supervision.Web.Ingestion.Import;

/// <summary>
/// Reads the sheet named 办件 (else the first sheet) of a workbook into an <see cref="ImportTable"/>.
/// Cells become the text a user would type into the CSV: date cells as <c>yyyy-MM-dd HH:mm:ss</c>,
/// whole numbers without decimals (codes are often stored as numbers), so both formats give the same rows.
/// </summary>
public static class XlsxTable
{
    public const string PreferredSheet = "办件";

    public static ImportTable Read(Stream stream, out string sheetName)
    {
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.FirstOrDefault(s => s.Name == PreferredSheet) ?? workbook.Worksheets.First();
        sheetName = sheet.Name;
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        if (lastRow == 0)
        {
            return new ImportTable([], []);
        }

        var headers = Cells(sheet.Row(1), lastColumn);
        var rows = new List<ImportRow>(lastRow - 1);
        for (var r = 2; r <= lastRow; r++)
        {
            rows.Add(new ImportRow(r, Cells(sheet.Row(r), lastColumn)));
        }
        return new ImportTable(headers, rows);
    }

    private static string[] Cells(IXLRow row, int count)
    {
        var cells = new string[count];
        for (var c = 0; c < count; c++)
        {
            cells[c] = Text(row.Cell(c + 1));
        }
        return cells;
    }

    private static string Text(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return "";
        }
        return (cell.HasFormula ? cell.CachedValue : cell.Value) switch
        {
            DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 =>
                ((long)number).ToString(CultureInfo.InvariantCulture),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            var other => Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() ?? "",
        };
    }
}
