using ClosedXML.Excel;
using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>The bulletin's order sheets: 督办事项, 上期通报问题整改情况, and the order figures under the ranking.</summary>
internal static class OrderSheets
{
    public const string OrderSheet = "督办事项";
    public const string FollowUpSheet = "上期通报问题整改情况";

    private static readonly IReadOnlyList<ExcelColumn> OrderColumns =
    [
        new("督办编号"), new("镇（街道）"), new("来源"), new("存在问题", MaxWidth: 40), new("整改期限", ColumnKind.DateTime),
        new("状态"), new("逾期（工作日）", ColumnKind.Integer),
    ];

    public static void Orders(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var printHeader = page.PrintHeader;
        var orders = content.Orders.Orders;
        var sheet = new TableSheet(workbook, OrderSheet, page.Title(OrderSheet), page.Subtitle, OrderColumns);
        foreach (var o in orders)
        {
            var row = sheet.AddRow(o.Order.Label, content.TownName(o.Order.Town), OrderNames.Of(o.Order.Source), o.Order.Problem,
                o.Order.Deadline, OrderNames.Of(o.State) + (o.Order.DeadlineProvisional ? "（期限暂定）" : ""), o.DaysOverdue);
            if (o.DaysOverdue > 0)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 7));
            }
        }
        sheet.Finish(printHeader);
        sheet.AddNote($"本期涉及督办单 {orders.Count} 件，其中逾期未反馈 {orders.Count(o => o.DaysOverdue > 0)} 件、已销号 {orders.Count(o => o.State == OrderState.Closed)} 件。");
    }

    private static readonly IReadOnlyList<ExcelColumn> FollowUpColumns =
    [
        new("镇（街道）"), new("督办编号"), new("整改期限", ColumnKind.DateTime), new("状态"), new("整改措施", MaxWidth: 48),
    ];

    public static void FollowUp(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var printHeader = page.PrintHeader;
        var part = content.Orders;
        var sheet = new TableSheet(workbook, FollowUpSheet, page.Title(FollowUpSheet),
            part.PreviousBulletin is { } previous ? $"{page.Subtitle}　　上期：{previous}" : page.Subtitle, FollowUpColumns);
        foreach (var hall in part.PreviousCriticised)
        {
            if (hall.Orders.Count == 0)
            {
                sheet.AddRow(content.TownName(hall.Town), "未下发督办单", null, "—", "");
                continue;
            }
            foreach (var o in hall.Orders)
            {
                var row = sheet.AddRow(content.TownName(hall.Town), o.Order.Label, o.Order.Deadline, OrderNames.Of(o.State),
                    o.State is OrderState.Answered or OrderState.Closed ? o.Order.Measures ?? "" : "");
                if (o.DaysOverdue > 0)
                {
                    TableSheet.MarkMiss(sheet.Sheet.Cell(row, 4));
                }
            }
        }
        sheet.Finish(printHeader);
        sheet.AddNote(part.PreviousBulletin is null ? "此前没有印发过通报。"
            : part.PreviousCriticised.Count == 0 ? $"{part.PreviousBulletin}通报未批评任何镇（街道）。"
            : $"{part.PreviousBulletin}通报批评 {part.PreviousCriticised.Count} 个镇（街道），下发督办单 {part.PreviousCriticised.Sum(h => h.Orders.Count)} 件，"
              + $"已销号 {part.PreviousCriticised.Sum(h => h.Orders.Count(o => o.State == OrderState.Closed))} 件。");
    }

    /// <summary>The order figures per town, below everything else on the ranking sheet.</summary>
    public static void RankingFigures(XLWorkbook workbook, BulletinContent content)
    {
        if (!workbook.TryGetWorksheet(RankingTables.Overall, out var sheet))
        {
            return;
        }
        var row = sheet.LastRowUsed()!.RowNumber() + 2;
        sheet.Cell(row, 1).SetValue("督办情况").Style.Font.SetBold();
        string[] headers = ["镇（街道）", "下发督办单", "按期销号", "逾期未反馈"];
        row++;
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(row, c + 1).SetValue(headers[c]).Style.Font.SetBold();
        }
        var first = row;
        foreach (var f in content.Orders.Figures)
        {
            row++;
            sheet.Cell(row, 1).SetValue(content.TownName(f.Town));
            sheet.Cell(row, 2).SetValue(f.Raised);
            sheet.Cell(row, 3).SetValue(f.ClosedOnTime);
            sheet.Cell(row, 4).SetValue(f.Overdue);
        }
        if (content.Orders.Figures.Count == 0)
        {
            sheet.Range(++row, 1, row, headers.Length).Merge().FirstCell().SetValue("本期无督办单。");
        }
        sheet.Range(first, 1, row, headers.Length).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
    }
}
