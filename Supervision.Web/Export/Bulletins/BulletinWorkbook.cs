using ClosedXML.Excel;
using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Writes a bulletin's formatted workbook (ClosedXML): the 综述 sheet, the ranking tables and the list
/// sheets, each written by its own writer from the same <see cref="BulletinPage"/>.
/// </summary>
public static class BulletinWorkbook
{
    public const string SummarySheet = "综述";
    public const string OverdueSheet = "逾期办件";
    public const string ReviewSheet = "差评整改";
    public const string ComplaintSheet = "一次办不好投诉";
    public const string StaffSheet = "人员绩效";
    public const string PilotSheet = "试点进度";

    public static byte[] Build(BulletinContent content, BulletinIdentity identity, BulletinEdits edits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(edits);
        using var workbook = new XLWorkbook();
        OfficialFonts.Apply(workbook);
        var page = new BulletinPage(content, identity, edits);

        SummarySheetWriter.Write(workbook, page);
        foreach (var table in RankingTables.All)
        {
            BulletinSheets.Ranking(workbook, page, table);
        }
        BulletinSheets.Overdue(workbook, page);
        BulletinSheets.Reviews(workbook, page);
        BulletinSheets.Complaints(workbook, page);
        BulletinSheets.Staff(workbook, page);
        BulletinSheets.Pilot(workbook, page);
        OrderSheets.Orders(workbook, page);
        OrderSheets.FollowUp(workbook, page);
        OrderSheets.RankingFigures(workbook, page.Content);

        workbook.Properties.Title = identity.Title;
        workbook.Properties.Author = BulletinText.IssuingUnit;
        workbook.Properties.Subject = content.Period.Label;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}

/// <summary>What every sheet of one bulletin shares: its content, issue, edited text and the wording of its title lines.</summary>
public sealed record BulletinPage(BulletinContent Content, BulletinIdentity Identity, BulletinEdits Edits)
{
    /// <summary>The day the period ends, e.g. 2020年6月28日: every list states its situation as of that day's end.</summary>
    public string AsOf => $"{BulletinPeriods.ZhDate(Content.Period.End)}24时";

    /// <summary>A sheet's title: the bulletin's title and the sheet's subject.</summary>
    public string Title(string subject) => $"{Identity.Title}　{subject}";

    /// <summary>The line under a sheet's title: period (with its working days) and the as-of time.</summary>
    public string Subtitle =>
        $"统计时段：{Content.Period.Label}{BulletinText.WorkingDaysNote(Content.Facts.WorkingDays)}　　情况截至：{AsOf}　　印发单位：{BulletinText.IssuingUnit}";

    /// <summary>The print header of every page: issuing unit, 文号 and issue number.</summary>
    public string PrintHeader => $"{BulletinText.IssuingUnit}　{Edits.DocumentNumber}　{Identity.NumberLabel}";
}
