using ClosedXML.Excel;
using Supervision.Domain.Bulletins;
using Supervision.Domain.Figures;

namespace Supervision.Web.Export.Bulletins;

/// <summary>Writes a bulletin's formatted workbook (ClosedXML): the 综述 sheet and the six table sheets.</summary>
public static class BulletinWorkbook
{
    public const string SummarySheet = "综述";
    public const string RankingSheet = "镇街排名";
    public const string OverdueSheet = "逾期办件";
    public const string ReviewSheet = "差评整改";
    public const string ComplaintSheet = "一次办不好投诉";
    public const string StaffSheet = "人员绩效";
    public const string PilotSheet = "试点进度";

    public static byte[] Build(BulletinContent content, BulletinIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(identity);
        using var workbook = new XLWorkbook();
        var title = BulletinText.Title(identity.Year, identity.Number);
        var printHeader = $"{BulletinText.IssuingUnit}　{BulletinText.NumberLabel(identity.Year, identity.Number)}";
        var subtitle = $"统计时段：{content.Period.Label}　　印发单位：{BulletinText.IssuingUnit}";

        SummarySheetWriter.Write(workbook, content, identity, title, printHeader);
        BulletinSheets.Ranking(workbook, content, $"{title}　镇（街道）综合评分排名", subtitle, printHeader);
        BulletinSheets.Overdue(workbook, content, $"{title}　逾期办件", subtitle, printHeader);
        BulletinSheets.Reviews(workbook, content, $"{title}　差评整改情况", subtitle, printHeader);
        BulletinSheets.Complaints(workbook, content, $"{title}　“一次办不好”投诉", subtitle, printHeader);
        BulletinSheets.Staff(workbook, content, $"{title}　工作人员绩效", subtitle, printHeader);
        BulletinSheets.Pilot(workbook, content, $"{title}　试点工作进度", subtitle, printHeader);

        workbook.Properties.Title = title;
        workbook.Properties.Author = BulletinText.IssuingUnit;
        workbook.Properties.Subject = content.Period.Label;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
