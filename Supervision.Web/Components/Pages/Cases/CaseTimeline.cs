using MudBlazor;
using Supervision.Web.Common;
using Supervision.Web.Queries.Reference;

namespace Supervision.Web.Components.Pages.Cases;

/// <summary>Each case event as one Chinese sentence, e.g. “2020年10月9日 09:12 在 1号综合受理窗口 受理（张伟）”.</summary>
public static class CaseTimeline
{
    public static string Sentence(HallEvent hallEvent, ReferenceNames names)
    {
        ArgumentNullException.ThrowIfNull(hallEvent);
        ArgumentNullException.ThrowIfNull(names);
        return $"{ZhFormat.Instant(hallEvent.At)} {Describe(hallEvent, names)}";
    }

    /// <summary>The dot of an event on the page's timeline: the clock starting, stopping or ending, trouble in red.</summary>
    public static Color Colour(HallEvent hallEvent) => hallEvent switch
    {
        CaseRefused => Color.Error,
        CaseSupplementRequested or CasePaused => Color.Warning,
        CaseAccepted or CaseResumed => Color.Primary,
        CaseCompleted or CaseIssued => Color.Success,
        _ => Color.Default,
    };

    /// <summary>What happened, without the time (the timeline shows it above).</summary>
    public static string What(HallEvent hallEvent, ReferenceNames names)
    {
        ArgumentNullException.ThrowIfNull(hallEvent);
        ArgumentNullException.ThrowIfNull(names);
        return Describe(hallEvent, names);
    }

    private static string Describe(HallEvent e, ReferenceNames n) => e switch
    {
        CaseReceived { Channel: CaseChannel.Online } r => $"网上提交申请（{n.Item(r.Item)}）",
        CaseReceived r => $"在 {n.Window(r.Window)} 收件（{n.StaffName(r.Staff)}{Via(r.Channel)}）",
        CaseSupplementRequested s => $"一次性告知需补正材料：{string.Join("、", s.Materials)}",
        CaseAccepted a => $"在 {n.Window(a.Window)} 受理（{n.StaffName(a.Staff)}{Via(a.Channel)}）",
        CaseTransferred t => $"转办至 {n.Department(t.Department)}",
        CasePaused p => $"暂停计时，进入特别程序：{p.Reason}",
        CaseResumed => "特别程序结束，恢复计时",
        CaseEscalated => "完成初审，上报县级部门",
        CaseCompleted c => $"办结，结果：{ZhNames.Of(c.Outcome)}",
        CaseIssued { Method: IssueMethod.Mail } => "邮寄送达办理结果",
        CaseIssued i => $"在 {n.Window(i.Window)} 出件（窗口领取）",
        CaseRefused { IsViolation: true } r => $"拒收，{RefusalReason(r)}（未经负责人批准，属无权否决违规）",
        CaseRefused r => $"拒收，{RefusalReason(r)}（经 {n.StaffName(r.ApprovedBy)} 批准）",
        _ => e.Type,
    };

    private static string RefusalReason(CaseRefused r) => r.LacksReason ? "未填写理由" : $"理由：{r.Reason}";

    private static string Via(CaseChannel channel) => channel == CaseChannel.Onsite ? "" : $"，{ZhNames.Of(channel)}";
}
