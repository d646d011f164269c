using ClosedXML.Excel;
using Supervision.Domain.Bulletins;
using Supervision.Domain.Figures;
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

    public static void Write(XLWorkbook workbook, BulletinContent content, BulletinIdentity identity, string title, string printHeader)
    {
        var sheet = workbook.Worksheets.Add(BulletinWorkbook.SummarySheet);
        var row = 1;
        Merged(sheet, row, title).Style.Font.SetBold().Font.SetFontSize(16)
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetWrapText();
        sheet.Row(row).Height = 42;
        row++;
        Merged(sheet, row, $"{BulletinText.IssuingUnit}　　{BulletinText.NumberLabel(identity.Year, identity.Number)}")
            .Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        row++;
        Label(sheet, row, "统计时段", content.Period.Label);
        row++;
        Label(sheet, row, "印发单位", BulletinText.IssuingUnit);
        row++;
        sheet.Cell(row, 1).SetValue("印发日期").Style.Font.SetBold();
        var issued = sheet.Range(row, 2, row, Columns).Merge().FirstCell();
        issued.SetValue(ExcelFormats.Local(identity.IssuedAt).Date);
        issued.Style.NumberFormat.Format = ExcelFormats.Date;
        issued.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        row++;
        Label(sheet, row, "生成人", identity.IssuedBy);
        row += 2;

        Heading(sheet, row++, "一、总体情况");
        var summary = Merged(sheet, row, content.Summary);
        summary.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        var summaryRow = row;
        row += 2;

        Heading(sheet, row++, "二、主要指标（全县）");
        var headerRow = row;
        for (var c = 0; c < FigureColumns.Count; c++)
        {
            sheet.Cell(row, c + 1).SetValue(FigureColumns[c].Header);
        }
        sheet.Range(row, 1, row, Columns).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill);
        var widths = FigureColumns.Select(c => TextWidth.Of(c.Header)).ToArray();
        foreach (var figure in KeyFigures.For(content.Facts.County, content.Facts.PreviousCounty, content.Targets))
        {
            row++;
            sheet.Cell(row, 1).SetValue(figure.Name);
            var kind = figure.Name == "综合评分" || figure.Name.Contains("分钟", StringComparison.Ordinal) ? ColumnKind.OneDecimal : ColumnKind.Integer;
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
        row = Lines(sheet, row, content.Facts.Best.Select(h => $"{content.TownName(h.Town)}：综合评分 {BulletinText.Score(h.Score)} 分，排名第 {h.Rank} 位"),
            "本期无可排名的镇（街道）。");
        row++;
        Heading(sheet, row++, "五、通报批评");
        row = Lines(sheet, row, content.Facts.Lagging.Select(h =>
                $"{content.TownName(h.Town)}：" + string.Join("；", h.Figures.Misses.Select(m => $"{m.Figure} {m.Actual}（目标 {m.Target}）"))),
            "本期各镇（街道）各项指标均达到目标要求。", red: true);

        var totalWidth = Enumerable.Range(1, Columns).Sum(c => sheet.Column(c).Width);
        sheet.Row(summaryRow).Height = RowHeight(content.Summary, totalWidth);
        sheet.Row(1).Height = RowHeight(title, totalWidth, 16, 22);
        SheetLayout.Print(sheet, 2, printHeader);
    }

    private static IXLCell Merged(IXLWorksheet sheet, int row, string text)
    {
        var cell = sheet.Range(row, 1, row, Columns).Merge().FirstCell();
        cell.SetValue(text);
        return cell;
    }

    private static void Label(IXLWorksheet sheet, int row, string label, string value)
    {
        sheet.Cell(row, 1).SetValue(label).Style.Font.SetBold();
        sheet.Range(row, 2, row, Columns).Merge().FirstCell().SetValue(value);
    }

    private static void Heading(IXLWorksheet sheet, int row, string text) =>
        sheet.Cell(row, 1).SetValue(text).Style.Font.SetBold().Font.SetFontSize(12);

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
