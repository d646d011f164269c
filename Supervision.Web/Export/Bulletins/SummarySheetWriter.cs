using ClosedXML.Excel;
using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>The 综述 sheet: title, number, period, issuer, the summary paragraph, key figures, weights, praise and criticism.</summary>
internal static class SummarySheetWriter
{
    private const int Columns = 5;

    private static readonly IReadOnlyList<ExcelColumn> FigureColumns =
    [
        new("指标"), new("本期"), new("上期"), new("较上期"), new("目标"),
    ];

    public static void Write(XLWorkbook workbook, BulletinPage page)
    {
        var (content, identity, edits) = (page.Content, page.Identity, page.Edits);
        var title = identity.Title;
        var sheet = workbook.Worksheets.Add(BulletinWorkbook.SummarySheet);
        var row = 1;
        var titleCell = Merged(sheet, row, title);
        OfficialFonts.Set(titleCell.Style, OfficialFonts.Title, 18);
        titleCell.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetWrapText();
        row++;
        Merged(sheet, row, edits.DocumentNumber).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        row++;
        Label(sheet, row++, Fields.Signer, edits.Signer);
        Label(sheet, row++, Fields.MainRecipients, edits.MainRecipients);
        Label(sheet, row++, "统计时段", content.Period.Label + BulletinText.WorkingDaysNote(content.Facts.WorkingDays));
        Label(sheet, row++, "情况截至", page.AsOf);
        Label(sheet, row++, "数据截至", $"{ExcelFormats.Local(identity.DataAsOf):yyyy年M月d日 HH:mm}（此后收到的数据不影响本期通报）");
        Label(sheet, row++, "印发单位", BulletinText.IssuingUnit);
        OfficialFonts.Set(sheet.Cell(row, 1).SetValue("印发日期").Style, OfficialFonts.Heading, OfficialFonts.BodySize);
        var issued = sheet.Range(row, 2, row, Columns).Merge().FirstCell();
        issued.SetValue(ExcelFormats.Local(identity.IssuedAt).Date);
        issued.Style.NumberFormat.Format = ExcelFormats.Date;
        issued.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        row++;
        Label(sheet, row++, "生成人", identity.IssuedBy);
        if (identity.Correction is { } correction)
        {
            Label(sheet, row++, "更正说明", correction);
        }
        row++;

        Heading(sheet, row++, "一、总体情况");
        var summary = Merged(sheet, row, edits.Summary);
        summary.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        var summaryRow = row;
        row += 2;

        Heading(sheet, row++, "二、主要指标（全县）");
        var headerRow = row;
        for (var c = 0; c < FigureColumns.Count; c++)
        {
            sheet.Cell(row, c + 1).SetValue(FigureColumns[c].Header);
        }
        OfficialFonts.Set(sheet.Range(row, 1, row, Columns).Style, OfficialFonts.Heading, OfficialFonts.BodySize);
        sheet.Range(row, 1, row, Columns).Style.Fill.SetBackgroundColor(SheetLayout.HeaderFill);
        var widths = FigureColumns.Select(c => TextWidth.Of(c.Header)).ToArray();
        foreach (var figure in KeyFigures.For(content.Facts.County, content.Facts.PreviousCounty, content.Targets,
                     content.Facts.WorkingDays, content.Facts.PreviousWorkingDays))
        {
            row++;
            sheet.Cell(row, 1).SetValue(figure.Name);
            var kind = figure.Name == "综合评分" || figure.Name.Contains("分钟", StringComparison.Ordinal) || figure.Name.StartsWith("日均", StringComparison.Ordinal)
                ? ColumnKind.OneDecimal : ColumnKind.Integer;
            ExcelCells.Set(sheet.Cell(row, 2), kind, figure.Value);
            ExcelCells.Set(sheet.Cell(row, 3), kind, figure.Previous);
            sheet.Cell(row, 4).SetValue(figure.Change);
            sheet.Cell(row, 5).SetValue(figure.Target);
            double[] shown = [TextWidth.Of(figure.Name), DisplayText.Width(figure.Value, kind), DisplayText.Width(figure.Previous, kind),
                TextWidth.Of(figure.Change), TextWidth.Of(figure.Target)];
            for (var c = 0; c < Columns; c++)
            {
                widths[c] = Math.Max(widths[c], shown[c]);
            }
            if (figure.Missed)
            {
                TableSheet.MarkMiss(sheet.Cell(row, 2));
            }
        }
        var table = sheet.Range(headerRow, 1, row, Columns);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        SheetLayout.SetWidths(sheet, widths, FigureColumns);
        sheet.Column(1).Width = Math.Max(sheet.Column(1).Width, 22);
        row += 2;

        Heading(sheet, row++, "三、综合评分权重");
        foreach (var (component, weight) in content.Weights.Components())
        {
            sheet.Cell(row, 1).SetValue(component.ChineseName());
            sheet.Cell(row, 2).SetValue((double)weight).Style.NumberFormat.SetFormat(ExcelFormats.WholePercent);
            row++;
        }
        row++;

        Heading(sheet, row++, "四、通报表扬");
        row = Lines(sheet, row, edits.Praise, "本期无通报表扬的镇（街道）。");
        row++;
        Heading(sheet, row++, "五、通报批评");
        row = Lines(sheet, row, edits.Criticism, "本期各镇（街道）各项指标均达到目标要求。", red: true);
        row++;
        Label(sheet, row++, Fields.CopyTo, string.IsNullOrWhiteSpace(edits.CopyTo) ? "无" : edits.CopyTo);
        Merged(sheet, row, $"{BulletinText.IssuingUnit}　　{ExcelFormats.Local(identity.IssuedAt):yyyy年M月d日}印发")
            .Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);

        var totalWidth = Enumerable.Range(1, Columns).Sum(c => sheet.Column(c).Width);
        sheet.Row(summaryRow).Height = RowHeight(edits.Summary, totalWidth);
        sheet.Row(1).Height = RowHeight(title, totalWidth, 26, 30);
        SheetLayout.Print(sheet, 2, page.PrintHeader);
    }

    /// <summary>The labels of the document fields, as the test and the page read them.</summary>
    public static class Fields
    {
        public const string DocumentNumber = "文号";
        public const string MainRecipients = "主送";
        public const string CopyTo = "抄送";
        public const string Signer = "签发人";
    }

    private static IXLCell Merged(IXLWorksheet sheet, int row, string text)
    {
        var cell = sheet.Range(row, 1, row, Columns).Merge().FirstCell();
        cell.SetValue(text);
        return cell;
    }

    private static void Label(IXLWorksheet sheet, int row, string label, string value)
    {
        OfficialFonts.Set(sheet.Cell(row, 1).SetValue(label).Style, OfficialFonts.Heading, OfficialFonts.BodySize);
        sheet.Range(row, 2, row, Columns).Merge().FirstCell().SetValue(value);
    }

    private static void Heading(IXLWorksheet sheet, int row, string text) =>
        OfficialFonts.Set(sheet.Cell(row, 1).SetValue(text).Style, OfficialFonts.Heading, 12);

    private static int Lines(IXLWorksheet sheet, int row, IEnumerable<string> lines, string none, bool red = false)
    {
        var any = false;
        var width = Enumerable.Range(1, Columns).Sum(c => sheet.Column(c).Width);
        foreach (var line in lines)
        {
            any = true;
            var cell = Merged(sheet, row, line);
            cell.Style.Alignment.WrapText = true;
            if (red)
            {
                cell.Style.Font.FontColor = SheetLayout.MissFont;
            }
            sheet.Row(row).Height = RowHeight(line, width);
            row++;
        }
        if (!any)
        {
            Merged(sheet, row++, none);
        }
        return row;
    }

    /// <summary>Row height (points) for wrapped text across <paramref name="width"/> width units.</summary>
    private static double RowHeight(string text, double width, double lineHeight = 15, double min = 15)
    {
        var lines = Math.Ceiling(TextWidth.Of(text) / Math.Max(1, width - 2));
        return Math.Max(min, lines * lineHeight + 4);
    }
}
