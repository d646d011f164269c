using ClosedXML.Excel;

namespace Supervision.Web.Export.Excel;

/// <summary>Print and view settings every bulletin sheet shares.</summary>
internal static class SheetLayout
{
    public static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    /// <summary>Excel's “bad” style: light red fill, dark red text.</summary>
    public static readonly XLColor MissFill = XLColor.FromHtml("#FFC7CE");
    public static readonly XLColor MissFont = XLColor.FromHtml("#9C0006");

    /// <summary>A4 landscape, one page wide, the rows down to <paramref name="repeatThroughRow"/> printed on every page, page numbers in the footer.</summary>
    public static void Print(IXLWorksheet sheet, int repeatThroughRow, string headerText)
    {
        var setup = sheet.PageSetup;
        setup.PageOrientation = XLPageOrientation.Landscape;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.FitToPages(1, 0);
        setup.SetRowsToRepeatAtTop(1, repeatThroughRow);
        setup.Margins.Left = 0.4;
        setup.Margins.Right = 0.4;
        setup.Margins.Top = 0.6;
        setup.Margins.Bottom = 0.6;
        setup.CenterHorizontally = true;
        setup.Header.Center.AddText(headerText, XLHFOccurrence.AllPages);
        var footer = setup.Footer.Center;
        footer.AddText("第 ", XLHFOccurrence.AllPages);
        footer.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        footer.AddText(" 页，共 ", XLHFOccurrence.AllPages);
        footer.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        footer.AddText(" 页", XLHFOccurrence.AllPages);
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
