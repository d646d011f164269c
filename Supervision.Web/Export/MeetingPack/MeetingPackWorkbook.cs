using ClosedXML.Excel;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Export.Excel;
using Supervision.Web.Export.MeetingPack;
using Pack = Supervision.Web.Export.MeetingPack.MeetingPack;

namespace Supervision.Web.Export.MeetingPack;

/// <summary>The 周调度会材料 workbook: the hall's figures against last period and the county, the cases, 差评, complaints and staff to discuss.</summary>
public static class MeetingPackWorkbook
{
    public const string FiguresSheet = "本期数据";
    public const string CasesSheet = "超期与临期办件";
    public const string ReviewsSheet = "差评";
    public const string ComplaintsSheet = "投诉";
    public const string StaffSheet = "人员排名";
    public const string OrdersSheet = "督办事项";

    /// <summary>The figures sheet's columns; the test and the print page read them by these names.</summary>
    public static IReadOnlyList<ExcelColumn> FigureColumns { get; } =
        [new("指标"), new("本期"), new("上期"), new("较上期"), new("全县"), new("目标")];

    private static readonly IReadOnlyList<ExcelColumn> CaseColumns =
    [
        new("督办牌"), new("办件编号"), new("事项", MaxWidth: 36), new("受理时间", ColumnKind.DateTime),
        new("办结期限", ColumnKind.DateTime), new("受理人员"), new("当前承办"), new("当前状态"),
    ];

    private static readonly IReadOnlyList<ExcelColumn> ReviewColumns =
    [
        new("评价编号"), new("办件编号"), new("工作人员"), new("评价等级"), new("差评原因", MaxWidth: 40),
        new("评价时间", ColumnKind.DateTime), new("整改期限", ColumnKind.DateTime), new("状态"),
    ];

    private static readonly IReadOnlyList<ExcelColumn> ComplaintColumns =
    [
        new("投诉编号"), new("办件编号"), new("类别"), new("渠道"), new("投诉时间", ColumnKind.DateTime),
        new("办结期限", ColumnKind.DateTime), new("是否属实"), new("状态"),
    ];

    private static readonly IReadOnlyList<ExcelColumn> OrderColumns =
    [
        new("督办编号"), new("来源"), new("整改要求", MaxWidth: 40), new("整改期限", ColumnKind.DateTime), new("状态"),
        new("逾期（工作日）", ColumnKind.Integer),
    ];

    private static readonly IReadOnlyList<ExcelColumn> RankColumns =
        [new("名次", ColumnKind.Integer), .. StaffColumns.Columns.Skip(1)];

    public static string Title(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return $"{pack.Town.Name}便民服务中心周调度会材料";
    }

    public static string FileName(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return $"周调度会材料-{pack.Town.Name}-{pack.Period}.xlsx";
    }

    public static byte[] Build(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        using var workbook = new XLWorkbook();
        var title = Title(pack);
        var subtitle = $"统计时段：{pack.Period.Label}　上期：{pack.PreviousPeriod.Label}　办件与整改状态截至 {ExcelFormats.Local(pack.At):yyyy-MM-dd HH:mm}";
        var printHeader = title;

        Figures(workbook, pack, title, subtitle, printHeader);
        Cases(workbook, pack, $"{title}　超期与临期办件", subtitle, printHeader);
        Reviews(workbook, pack, $"{title}　差评", subtitle, printHeader);
        Complaints(workbook, pack, $"{title}　投诉", subtitle, printHeader);
        Staff(workbook, pack, $"{title}　人员排名", subtitle, printHeader);
        Orders(workbook, pack, $"{title}　督办事项", subtitle, printHeader);

        workbook.Properties.Title = title;
        workbook.Properties.Subject = pack.Period.Label;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Figures(XLWorkbook workbook, Pack pack, string title, string subtitle, string printHeader)
    {
        var sheet = new TableSheet(workbook, FiguresSheet, title, subtitle, FigureColumns);
        foreach (var figure in pack.Figures())
        {
            var h = figure.Hall;
            var row = sheet.AddRow(h.Name, null, null, h.Change, null, h.Target);
            var kind = h.Value is decimal || h.Previous is decimal ? ColumnKind.OneDecimal : ColumnKind.Integer;
            ExcelCells.Set(sheet.Sheet.Cell(row, 2), kind, h.Value);
            ExcelCells.Set(sheet.Sheet.Cell(row, 3), kind, h.Previous);
            ExcelCells.Set(sheet.Sheet.Cell(row, 5), kind, figure.County);
            if (h.Missed)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 2));
            }
        }
        sheet.AddNote("全县：全县合计（比率为各镇街分子、分母分别相加后计算）。较上期：比率以百分点计。");
        sheet.Finish(printHeader);
    }

    private static void Cases(XLWorkbook workbook, Pack pack, string title, string subtitle, string printHeader)
    {
        var sheet = new TableSheet(workbook, CasesSheet, title, subtitle, CaseColumns);
        foreach (var (c, card) in pack.Cases)
        {
            var row = sheet.AddRow(card == CardColour.Red ? "红牌（已超期）" : "黄牌（即将到期）", c.CaseId, pack.ItemName(c.ItemCode), c.AcceptedAt,
                c.Deadline, pack.StaffName(c.AcceptedStaff), c.TransferredTo ?? "", ZhNames.Of(c.Status));
            if (card == CardColour.Red)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 1));
            }
        }
        sheet.Finish(printHeader);
    }

    private static void Reviews(XLWorkbook workbook, Pack pack, string title, string subtitle, string printHeader)
    {
        var sheet = new TableSheet(workbook, ReviewsSheet, title, subtitle, ReviewColumns);
        foreach (var r in pack.NegativeReviews)
        {
            sheet.AddRow(r.ReviewId, r.CaseId ?? "", pack.StaffName(r.Staff), ZhNames.ReviewLevel(r.Level, ""), r.Reasons ?? "",
                r.SubmittedAt, r.NeedsRectification ? r.RectifyDue : null, pack.ReviewState(r));
        }
        sheet.Finish(printHeader);
    }

    private static void Complaints(XLWorkbook workbook, Pack pack, string title, string subtitle, string printHeader)
    {
        var sheet = new TableSheet(workbook, ComplaintsSheet, title, subtitle, ComplaintColumns);
        foreach (var c in pack.Complaints)
        {
            sheet.AddRow(c.ComplaintId, c.CaseId ?? "", ZhNames.Of(c.Category, ""), ZhNames.Of(c.Channel, ""), c.FiledAt, c.ResolveDue,
                c.Substantiated switch { null => "未认定", true => "属实", false => "不属实" }, pack.ComplaintState(c));
        }
        sheet.Finish(printHeader);
    }

    private static void Staff(XLWorkbook workbook, Pack pack, string title, string subtitle, string printHeader)
    {
        var sheet = new TableSheet(workbook, StaffSheet, title, subtitle, RankColumns);
        var place = 0;
        foreach (var performance in pack.Staff)
        {
            sheet.AddRow([++place, .. StaffColumns.Values(performance, pack.Town.Name).Skip(1)]);
        }
        sheet.Finish(printHeader);
    }

    private static void Orders(XLWorkbook workbook, Pack pack, string title, string subtitle, string printHeader)
    {
        var sheet = new TableSheet(workbook, OrdersSheet, title, subtitle, OrderColumns);
        foreach (var open in pack.Orders)
        {
            var row = sheet.AddRow(open.Order.Label, OrderNames.Of(open.Order.Source), open.Order.Requirement, open.Order.Deadline, open.State, open.DaysOverdue);
            if (open.DaysOverdue > 0)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 6));
            }
        }
        sheet.Finish(printHeader);
        if (pack.Orders.Count == 0)
        {
            sheet.AddNote(PackOrder.NoneOpen);
        }
    }
}
