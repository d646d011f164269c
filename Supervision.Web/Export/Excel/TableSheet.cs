using ClosedXML.Excel;

namespace Supervision.Web.Export.Excel;

/// <summary>
/// A bulletin sheet holding one table: a merged title row, a subtitle row, a header row, then data
/// rows. <see cref="Finish"/> freezes the rows down to the header, filters the table, sizes the
/// columns from their content and sets up printing.
/// </summary>
internal sealed class TableSheet
{
    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int HeaderRow = 3;

    private readonly IXLWorksheet _sheet;
    private readonly IReadOnlyList<ExcelColumn> _columns;
    private int _lastRow = HeaderRow;
    private readonly double[] _widths;

    public TableSheet(XLWorkbook workbook, string name, string title, string subtitle, IReadOnlyList<ExcelColumn> columns)
    {
        _sheet = workbook.Worksheets.Add(name);
        _columns = columns;
        _widths = columns.Select(c => TextWidth.Of(c.Header)).ToArray();
        var titleRange = _sheet.Range(TitleRow, 1, TitleRow, columns.Count).Merge();
        titleRange.FirstCell().SetValue(title);
        OfficialFonts.Set(titleRange.Style, OfficialFonts.Title, 16);
        _sheet.Row(TitleRow).Height = 30;
        titleRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        var subtitleRange = _sheet.Range(SubtitleRow, 1, SubtitleRow, columns.Count).Merge();
        subtitleRange.FirstCell().SetValue(subtitle);
        subtitleRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        for (var c = 0; c < columns.Count; c++)
        {
            _sheet.Cell(HeaderRow, c + 1).SetValue(columns[c].Header);
        }
        var header = _sheet.Range(HeaderRow, 1, HeaderRow, columns.Count);
        OfficialFonts.Set(header.Style, OfficialFonts.Heading, OfficialFonts.BodySize);
        header.Style.Fill.BackgroundColor = SheetLayout.HeaderFill;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.WrapText = true;
    }

    public IXLWorksheet Sheet => _sheet;

    public int LastRow => _lastRow;

    /// <summary>Appends a row; each value must suit its column (see <see cref="ExcelCells.Set"/>).</summary>
    public int AddRow(params object?[] values)
    {
        if (values.Length != _columns.Count)
        {
            throw new ArgumentException($"应有 {_columns.Count} 个值，实际 {values.Length} 个。", nameof(values));
        }
        var row = ++_lastRow;
        for (var c = 0; c < values.Length; c++)
        {
            var cell = _sheet.Cell(row, c + 1);
            ExcelCells.Set(cell, _columns[c].Kind, values[c]);
            if (_columns[c].Kind == ColumnKind.DateTime && values[c] is DateTimeOffset)
            {
                cell.Style.NumberFormat.Format = ExcelFormats.DayTime;
                _widths[c] = Math.Max(_widths[c], TextWidth.Of("10月10日 09:30"));
                continue;
            }
            _widths[c] = Math.Max(_widths[c], DisplayText.Width(values[c], _columns[c].Kind));
        }
        return row;
    }

    /// <summary>Red fill on the cells of <paramref name="row"/> whose column shows a figure in <paramref name="misses"/>.</summary>
    public void MarkMisses(int row, IEnumerable<FigureMiss> misses)
    {
        foreach (var miss in misses)
        {
            for (var c = 0; c < _columns.Count; c++)
            {
                if (_columns[c].Figure == miss.Figure)
                {
                    var cell = _sheet.Cell(row, c + 1);
                    PublishAsMissed(cell, miss);
                    MarkMiss(cell);
                }
            }
        }
    }

    /// <summary>
    /// A missed figure whose one-decimal value would read as meeting its target (98.0 % against ≥ 98.0 %)
    /// is written with the digits its judgement was published with (97.96 %), so the cell and the text agree.
    /// </summary>
    private static void PublishAsMissed(IXLCell cell, FigureMiss miss)
    {
        var percent = miss.Actual.EndsWith('%');
        var text = miss.Actual.Replace("%", "", StringComparison.Ordinal).Replace(" 分钟", "", StringComparison.Ordinal);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (cell.DataType != XLDataType.Number || dot < 0 || text.Length - dot - 1 <= 1
            || !decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return;
        }
        var format = "0." + new string('0', text.Length - dot - 1);
        cell.SetValue((double)(percent ? value / 100m : value));
        cell.Style.NumberFormat.Format = percent ? format + "%" : format;
    }

    public static void MarkMiss(IXLCell cell)
    {
        cell.Style.Fill.BackgroundColor = SheetLayout.MissFill;
        cell.Style.Font.FontColor = SheetLayout.MissFont;
    }

    /// <summary>A line of text under the table (after a blank row), merged across the table's width.</summary>
    public IXLCell AddNote(string text)
    {
        _noteRow = Math.Max(_noteRow, _lastRow + 1) + 1;
        var range = _sheet.Range(_noteRow, 1, _noteRow, _columns.Count).Merge();
        range.FirstCell().SetValue(text);
        range.Style.Alignment.WrapText = true;
        var width = Enumerable.Range(1, _columns.Count).Sum(c => _sheet.Column(c).Width);
        _sheet.Row(_noteRow).Height = Math.Max(15, Math.Ceiling(TextWidth.Of(text) / Math.Max(1, width - 2)) * 15 + 4);
        return range.FirstCell();
    }

    private int _noteRow;

    public void Finish(string printHeader)
    {
        var table = _sheet.Range(HeaderRow, 1, _lastRow, _columns.Count);
        table.SetAutoFilter();
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        _sheet.SheetView.FreezeRows(HeaderRow);
        SheetLayout.SetWidths(_sheet, _widths, _columns);
        // Wrapped headers get the height of their longest one; Excel does not grow a row on its own.
        var headerLines = _columns.Select((c, i) => Math.Ceiling(TextWidth.Of(c.Header) / Math.Max(1, _sheet.Column(i + 1).Width - 2))).Max();
        _sheet.Row(HeaderRow).Height = Math.Max(1, headerLines) * 15 + 4;
        SheetLayout.Print(_sheet, HeaderRow, printHeader);
    }
}
