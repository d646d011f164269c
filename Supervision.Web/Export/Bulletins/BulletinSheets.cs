using ClosedXML.Excel;
using Supervision.Web.Export.Excel;

namespace Supervision.Web.Export.Bulletins;

/// <summary>The table sheets of a bulletin after 综述.</summary>
internal static class BulletinSheets
{
    /// <summary>One of the <see cref="RankingTables"/>; 综合排名 also publishes the score's weights.</summary>
    public static void Ranking(XLWorkbook workbook, BulletinPage page, RankingTables.Table table)
    {
        var content = page.Content;
        var sheet = new TableSheet(workbook, table.Sheet, page.Title(table.Title), page.Subtitle, table.Columns);
        foreach (var hall in content.Facts.Ranking)
        {
            var full = RankingColumns.Values(hall, content.TownName(hall.Town), content.IsPilot(hall.Town), content.Facts.RankChange(hall.Town));
            var hallRow = sheet.AddRow(table.Pick(full));
            sheet.MarkMisses(hallRow, hall.Figures.Misses);
        }
        sheet.Finish(page.PrintHeader);
        if (table.Sheet != RankingTables.Overall)
        {
            sheet.AddNote("说明：红色底纹表示该项未达到目标；镇（街道）按综合排名的名次排列。");
            return;
        }
        sheet.AddNote("说明：红色底纹表示该项未达到目标；★ 为试点镇（街道）；无任何数据的镇（街道）不参与排名，名次显示为“—”。"
            + "综合评分 = 100 × Σ（权重 × 指标值）÷ 有数据指标的权重之和，权重如下；其余指标见办件、评价、投诉明细表。");
        var row = sheet.LastRow + 4;
        OfficialFonts.Set(sheet.Sheet.Range(row, 1, row, 4).Merge().FirstCell().SetValue("综合评分权重").Style, OfficialFonts.Heading, OfficialFonts.BodySize);
        OfficialFonts.Set(sheet.Sheet.Cell(row, 5).SetValue("权重").Style, OfficialFonts.Heading, OfficialFonts.BodySize);
        foreach (var (component, weight) in content.Weights.Components())
        {
            row++;
            sheet.Sheet.Range(row, 1, row, 4).Merge().FirstCell().SetValue(component.ChineseName());
            sheet.Sheet.Cell(row, 5).SetValue((double)weight).Style.NumberFormat.SetFormat(ExcelFormats.WholePercent);
        }
    }

    private static readonly IReadOnlyList<ExcelColumn> OverdueColumns =
    [
        new("类别"), new("镇（街道）"), new("办件编号"), new("事项", MaxWidth: 30), new("承诺时限（工作日）", ColumnKind.Integer, MaxWidth: 10),
        new("受理时间", ColumnKind.DateTime), new("办结期限", ColumnKind.DateTime), new("办结时间", ColumnKind.DateTime),
        new("受理人员"), new("期末状态"),
    ];

    /// <summary>
    /// Cases overdue at the period's end, as they stood then: a case still open at the end is 未办结 even if
    /// it has been completed since (the 办结时间 of a later completion is not shown).
    /// </summary>
    public static void Overdue(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var sheet = new TableSheet(workbook, BulletinWorkbook.OverdueSheet, page.Title("逾期办件"), page.Subtitle, OverdueColumns);
        foreach (var c in content.OverdueOpen)
        {
            var row = sheet.AddRow("逾期未办结", content.TownName(c.Town), c.CaseId, content.ItemName(c.ItemCode), c.PromisedDays,
                c.AcceptedAt, c.Deadline, null, content.StaffName(c.AcceptedStaff),
                (c.IsPaused && c.PausedSince < content.PeriodEnd ? "暂停中，逾期未办结" : "逾期未办结") + (content.IsProvisional(c) ? "（期限暂定）" : ""));
            TableSheet.MarkMiss(sheet.Sheet.Cell(row, 1));
        }
        foreach (var c in content.CompletedLate)
        {
            var row = sheet.AddRow("超期办结", content.TownName(c.Town), c.CaseId, content.ItemName(c.ItemCode), c.PromisedDays,
                c.AcceptedAt, c.Deadline, c.CompletedAt, content.StaffName(c.AcceptedStaff),
                "已超期办结" + (content.IsProvisional(c) ? "（期限暂定）" : ""));
            TableSheet.MarkMiss(sheet.Sheet.Cell(row, 1));
        }
        sheet.Finish(page.PrintHeader);
        sheet.AddNote($"截至{page.AsOf}：逾期未办结 {content.OverdueOpen.Count} 件；本期超期办结 {content.CompletedLate.Count} 件。期末以后的办理情况不计入本表。");
    }

    private static readonly IReadOnlyList<ExcelColumn> ReviewColumns =
    [
        new("镇（街道）"), new("评价编号"), new("办件编号"), new("窗口", MaxWidth: 12), new("工作人员"), new("评价等级"), new("渠道"),
        new("差评原因", MaxWidth: 24), new("评价时间", ColumnKind.DateTime), new("核实情况", MaxWidth: 10), new("整改期限", ColumnKind.DateTime),
        new("整改时间", ColumnKind.DateTime), new("整改状态", MaxWidth: 10), new("回访情况", MaxWidth: 10),
    ];

    /// <summary>差评 as they stood at the period's end: verification, rectification and follow-up after it do not count yet.</summary>
    public static void Reviews(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var sheet = new TableSheet(workbook, BulletinWorkbook.ReviewSheet, page.Title("差评整改情况"), page.Subtitle, ReviewColumns);
        foreach (var record in content.NegativeReviews)
        {
            var r = AsOf(record, content.PeriodEnd);
            var (rectification, rectificationMissed) = Rectification(r, content.PeriodEnd);
            var followUp = !r.NeedsRectification ? "无需回访"
                : r.FollowedUpAt is null ? "未回访"
                : r.FollowUpSatisfied == true ? "已回访（满意）" : "已回访（不满意）";
            var row = sheet.AddRow(content.TownName(r.Town), r.ReviewId, r.CaseId ?? "", content.WindowName(r.Window), content.StaffName(r.Staff),
                ZhNames.ReviewLevel(r.Level, ""), ZhNames.Of(r.Channel, ""), r.Reasons ?? "", r.SubmittedAt, Verification(r),
                r.NeedsRectification ? r.RectifyDue : null, r.RectifiedAt, rectification, followUp);
            if (rectificationMissed)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 13));
            }
            if (r.NeedsRectification && r.FollowedUpAt is null && r.RectifyDue is { } due && due < content.PeriodEnd)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 14));
            }
        }
        sheet.Finish(page.PrintHeader);
        sheet.AddNote($"核实、整改、回访情况截至{page.AsOf}。");
    }

    private static ReviewRecord AsOf(ReviewRecord r, DateTimeOffset end)
    {
        var copy = r.Copy();
        if (copy.VerifiedAt >= end)
        {
            (copy.VerifiedAt, copy.Valid, copy.VerifiedOnTime) = (null, null, null);
            copy.NeedsRectification = false;
        }
        if (copy.RectifiedAt >= end)
        {
            (copy.RectifiedAt, copy.RectifiedOnTime) = (null, null);
        }
        if (copy.FollowedUpAt >= end)
        {
            (copy.FollowedUpAt, copy.FollowUpSatisfied) = (null, null);
        }
        return copy;
    }

    private static string Verification(ReviewRecord r) => r.Valid switch
    {
        null => "未核实",
        true => r.VerifiedOnTime == false ? "属实（超时核实）" : "属实",
        false => r.VerifiedOnTime == false ? "不属实（超时核实）" : "不属实",
    };

    private static (string Text, bool Missed) Rectification(ReviewRecord r, DateTimeOffset periodEnd)
    {
        if (!r.NeedsRectification)
        {
            return (r.Valid == false ? "无需整改（核实不属实）" : "待核实", false);
        }
        if (r.RectifiedAt is not null)
        {
            return r.RectifiedOnTime == false ? ("超期整改", true) : ("按时整改", false);
        }
        return r.RectifyDue is { } due && due < periodEnd ? ("逾期未整改", true) : ("整改中", false);
    }

    private static readonly IReadOnlyList<ExcelColumn> ComplaintColumns =
    [
        new("镇（街道）"), new("投诉编号"), new("办件编号"), new("类别"), new("渠道"), new("投诉时间", ColumnKind.DateTime),
        new("响应期限", ColumnKind.DateTime), new("响应时间", ColumnKind.DateTime), new("响应情况"),
        new("办结期限", ColumnKind.DateTime), new("办结时间", ColumnKind.DateTime), new("办结情况"), new("是否属实"), new("回访情况"),
    ];

    /// <summary>Complaints as they stood at the period's end.</summary>
    public static void Complaints(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var sheet = new TableSheet(workbook, BulletinWorkbook.ComplaintSheet, page.Title("“一次办不好”投诉"), page.Subtitle, ComplaintColumns);
        foreach (var record in content.Complaints)
        {
            var c = AsOf(record, content.PeriodEnd);
            var (responded, respondMissed) = Step(c.RespondedAt, c.RespondedOnTime, c.RespondDue, content.PeriodEnd, "响应");
            var (resolved, resolveMissed) = Step(c.ResolvedAt, c.ResolvedOnTime, c.ResolveDue, content.PeriodEnd, "办结");
            var row = sheet.AddRow(content.TownName(c.Town), c.ComplaintId, c.CaseId ?? "", ZhNames.Of(c.Category, ""), ZhNames.Of(c.Channel, ""),
                c.FiledAt, c.RespondDue, c.RespondedAt, responded, c.ResolveDue, c.ResolvedAt, resolved,
                c.Substantiated switch { null => "未办结", true => "属实", false => "不属实" },
                c.FollowedUpAt is null ? "未回访" : c.FollowUpSatisfied == true ? "已回访（满意）" : "已回访（不满意）");
            if (respondMissed)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 9));
            }
            if (resolveMissed)
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 12));
            }
        }
        sheet.Finish(page.PrintHeader);
        sheet.AddNote($"响应、办结、回访情况截至{page.AsOf}。");
    }

    private static ComplaintRecord AsOf(ComplaintRecord c, DateTimeOffset end)
    {
        var copy = c.Copy();
        if (copy.RespondedAt >= end)
        {
            (copy.RespondedAt, copy.RespondedOnTime) = (null, null);
        }
        if (copy.ResolvedAt >= end)
        {
            (copy.ResolvedAt, copy.ResolvedOnTime, copy.Substantiated) = (null, null, null);
        }
        if (copy.FollowedUpAt >= end)
        {
            (copy.FollowedUpAt, copy.FollowUpSatisfied) = (null, null);
        }
        return copy;
    }

    private static (string Text, bool Missed) Step(DateTimeOffset? doneAt, bool? onTime, DateTimeOffset? due, DateTimeOffset periodEnd, string verb)
    {
        if (doneAt is not null)
        {
            return onTime == false ? ($"超时{verb}", true) : ($"按时{verb}", false);
        }
        return due is { } d && d < periodEnd ? ($"逾期未{verb}", true) : ($"待{verb}", false);
    }

    public static void Staff(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var sheet = new TableSheet(workbook, BulletinWorkbook.StaffSheet, page.Title("工作人员绩效"), page.Subtitle, StaffColumns.Columns);
        var ordered = content.Staff
            .OrderBy(s => s.Staff.TownCode, StringComparer.Ordinal)
            .ThenByDescending(s => s.Figures.Score.HasValue)
            .ThenByDescending(s => s.Figures.Score)
            .ThenBy(s => s.Staff.Id, StringComparer.Ordinal);
        foreach (var performance in ordered)
        {
            var row = sheet.AddRow(StaffColumns.Values(performance, content.TownName(performance.Staff.TownCode)));
            sheet.MarkMisses(row, performance.Figures.Misses);
        }
        sheet.Finish(page.PrintHeader);
        sheet.AddNote("工作人员综合评分 = 100 ×（0.6 × 好评率 + 0.4 × 出勤率），无数据的部分不计入并按其余部分重新加权；迟到计入出勤，请假不计入应出勤。");
    }

    private static readonly IReadOnlyList<ExcelColumn> PilotColumns =
    [
        new("镇（街道）"), new("阶段"), new("任务", MaxWidth: 40), new("完成期限", ColumnKind.Date), new("状态"),
        new("完成日期", ColumnKind.Date), new("进度"), new("备注", MaxWidth: 40),
    ];

    /// <summary>Pilot tasks as they stood at the period's end: a task completed after it is still open here.</summary>
    public static void Pilot(XLWorkbook workbook, BulletinPage page)
    {
        var content = page.Content;
        var sheet = new TableSheet(workbook, BulletinWorkbook.PilotSheet, page.Title("试点工作进度"), page.Subtitle, PilotColumns);
        var asOf = content.Period.End;
        foreach (var task in content.PilotTasks)
        {
            var doneByThen = task.Status == PilotTaskStatus.Done && task.CompletedOn is { } on && on <= asOf;
            var status = doneByThen ? ZhNames.Of(PilotTaskStatus.Done)
                : task.Status == PilotTaskStatus.Done ? ZhNames.Of(PilotTaskStatus.InProgress)
                : ZhNames.Of(task.Status);
            var progress = Progress(task, asOf);
            var row = sheet.AddRow(content.TownName(task.TownCode), ZhNames.Of(task.Phase), task.Name, task.DueDate, status,
                doneByThen ? task.CompletedOn : (object)"", progress, task.Note ?? "");
            if (progress.StartsWith("逾期", StringComparison.Ordinal))
            {
                TableSheet.MarkMiss(sheet.Sheet.Cell(row, 7));
            }
        }
        sheet.Finish(page.PrintHeader);
        var coverage = content.Facts.Ranking.Where(h => content.IsPilot(h.Town)).Select(h =>
            $"{content.TownName(h.Town)} {h.Figures.ItemCoverage}" + (h.Figures.Misses.Any(m => m.Figure == "一窗受理事项覆盖率") ? "（未达标）" : ""));
        sheet.AddNote($"试点镇（街道）一窗受理事项覆盖率（截至{BulletinPeriods.ZhDate(asOf)}，目标：2020年10月31日前 ≥ {new Ratio(content.Targets.CoverageMin, 1)}）：" +
            string.Join("；", coverage) + "。");
    }

    private static string Progress(PilotTask task, DateOnly asOf) => task switch
    {
        { Status: PilotTaskStatus.Done, CompletedOn: { } on } when on <= asOf && on > task.DueDate => "逾期完成",
        { Status: PilotTaskStatus.Done, CompletedOn: { } on } when on <= asOf => "按期完成",
        { Status: PilotTaskStatus.Done, CompletedOn: null } => "按期完成",
        _ when task.DueDate < asOf => "逾期未完成",
        _ => "未到期",
    };
}
