using ClosedXML.Excel;

namespace Supervision.Web.Export.Excel;

/// <summary>Print and view settings every bulletin sheet shares.</summary>
internal static class SheetLayout
{
    public static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    /// <summary>Excel's “bad” style: light red fill, dark red text.</summary>
    public static readonly XLColor MissFill = XLColor.FromHtml("#FFC7CE");
    public static readonly XLColor MissFont = XLColor.FromHtml("#9C0006");

    /// <summary>The smallest print scale a bulletin table may need: below it a printed page is not readable.</summary>
    public const int MinimumScale = 70;

    // Margins in inches. The header and footer sit in their own band between the paper edge and the
    // body margin, with room for one line of 10-pt text, so neither overlaps the title or the table.
    public const double SideMargin = 0.4;
    public const double HeaderMargin = 0.3;
    public const double BodyMargin = 0.8;
    public const double HeaderFooterLine = 0.3;

    /// <summary>A4 landscape: 11.69 in wide.</summary>
    public const double PaperWidthInches = 842 / 72.0;

    /// <summary>
    /// A4 landscape at the largest scale (≤ 100 %) that prints every column on one page wide, the rows down
    /// to <paramref name="repeatThroughRow"/> repeated on every page, the issue in the header, page numbers in the footer.
    /// The scale is set explicitly (not “fit to page”) so it is on record in the file.
    /// </summary>
    public static void Print(IXLWorksheet sheet, int repeatThroughRow, string headerText)
    {
        var setup = sheet.PageSetup;
        setup.PageOrientation = XLPageOrientation.Landscape;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.Scale = FitScale(sheet);
        setup.SetRowsToRepeatAtTop(1, repeatThroughRow);
        setup.Margins.Left = SideMargin;
        setup.Margins.Right = SideMargin;
        setup.Margins.Header = HeaderMargin;
        setup.Margins.Top = BodyMargin;
        setup.Margins.Footer = HeaderMargin;
        setup.Margins.Bottom = BodyMargin;
        setup.CenterHorizontally = true;
        setup.Header.Center.AddText("&\"" + OfficialFonts.Body + "\"&10" + headerText, XLHFOccurrence.AllPages);
        var footer = setup.Footer.Center;
        footer.AddText("第 ", XLHFOccurrence.AllPages);
        footer.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        footer.AddText(" 页，共 ", XLHFOccurrence.AllPages);
        footer.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        footer.AddText(" 页", XLHFOccurrence.AllPages);
    }

    /// <summary>The printed width of the used columns at 100 %, in inches (Excel: a width of w characters is 7w + 5 pixels at 96 dpi).</summary>
    public static double PrintedWidthInches(IXLWorksheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        return Enumerable.Range(1, last).Sum(c => sheet.Column(c).Width * 7 + 5) / 96.0;
    }

    /// <summary>The largest whole-percent scale (≤ 100) at which the used columns fit between the side margins.</summary>
    public static int FitScale(IXLWorksheet sheet)
    {
        var available = PaperWidthInches - 2 * SideMargin;
        // 3 % spare for fonts whose digits are wider than the 7 pixels Excel's unit assumes.
        return (int)Math.Min(100, Math.Floor(available / PrintedWidthInches(sheet) * 97));
    }

    /// <summary>Sets each column's width from the widest text written into it (see <see cref="DisplayText"/>); long text wraps.</summary>
    public static void SetWidths(IXLWorksheet sheet, IReadOnlyList<double> widest, IReadOnlyList<ExcelColumn> columns)
    {
        for (var c = 1; c <= columns.Count; c++)
        {
            var column = sheet.Column(c);
            column.Width = TextWidth.Column(widest[c - 1], columns[c - 1].MaxWidth);
            if (widest[c - 1] + 2 > columns[c - 1].MaxWidth)
            {
                column.Style.Alignment.WrapText = true;
            }
        }
    }
}

/// <summary>
/// The fonts of official documents (党政机关公文格式, GB/T 9704): titles in 方正小标宋简体, headings in 黑体,
/// text in 仿宋_GB2312. A machine without these fonts shows the Chinese font it has instead (the viewer's
/// substitution; on the test machine Noto Serif/Sans CJK SC from fonts-noto-cjk).
/// </summary>
internal static class OfficialFonts
{
    public const string Title = "方正小标宋简体";
    public const string Heading = "黑体";
    public const string Body = "仿宋_GB2312";

    public const double BodySize = 11;

    /// <summary>Makes <see cref="Body"/> the workbook's default font (every cell not styled otherwise).</summary>
    public static void Apply(XLWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        workbook.Style.Font.FontName = Body;
        workbook.Style.Font.FontSize = BodySize;
    }

    public static void Set(IXLStyle style, string font, double size, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(style);
        style.Font.FontName = font;
        style.Font.FontSize = size;
        style.Font.Bold = bold;
    }
}
