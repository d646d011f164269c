using Supervision.Domain.Activity;
using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Domain.Bulletins;

/// <summary>Chinese names of the domain's enumerations, as bulletins and exports print them.</summary>
public static class ZhNames
{
    public static string Of(CaseStatus s) => s switch
    {
        CaseStatus.Received => "已收件",
        CaseStatus.AwaitingSupplement => "待补正",
        CaseStatus.Accepted => "已受理",
        CaseStatus.Transferred => "已转办",
        CaseStatus.Paused => "特别程序中",
        CaseStatus.Escalated => "已上报",
        CaseStatus.Refused => "已拒收",
        CaseStatus.Completed => "已办结",
        CaseStatus.Issued => "已出件",
        _ => s.ToString(),
    };

    public static string Of(CaseChannel? c) => c switch
    {
        CaseChannel.Onsite => "窗口",
        CaseChannel.Online => "网上",
        CaseChannel.SelfService => "自助",
        _ => "",
    };

    public static string Of(CaseOutcome? o) => o switch
    {
        CaseOutcome.Approved => "准予",
        CaseOutcome.Denied => "不予",
        _ => "",
    };

    public static string Of(ReviewChannel? c) => c switch
    {
        ReviewChannel.Device => "评价器",
        ReviewChannel.QrCode => "二维码",
        ReviewChannel.Sms => "短信",
        ReviewChannel.Online => "网上",
        _ => "",
    };

    public static string Of(ComplaintChannel? c) => c switch
    {
        ComplaintChannel.Window => "找茬窗口",
        ComplaintChannel.Hotline => "12345热线",
        ComplaintChannel.Online => "网上",
        _ => "",
    };

    public static string Of(ComplaintCategory? c) => c switch
    {
        ComplaintCategory.MultipleTrips => "跑多次",
        ComplaintCategory.BuckPassing => "推诿扯皮",
        ComplaintCategory.Attitude => "态度",
        ComplaintCategory.Overtime => "超时",
        ComplaintCategory.UnclearMaterials => "材料要求不清",
        ComplaintCategory.Other => "其他",
        _ => "",
    };

    public static string Of(StaffRole r) => r switch
    {
        StaffRole.ComprehensiveAcceptance => "综合受理",
        StaffRole.BackOffice => "后台审批",
        StaffRole.Issuing => "出件",
        StaffRole.Assistant => "帮办代办",
        StaffRole.Supervisor => "负责人",
        _ => r.ToString(),
    };

    public static string Of(PilotPhase p) => p switch
    {
        PilotPhase.Mobilisation => "动员部署",
        PilotPhase.Implementation => "全面实施",
        PilotPhase.Summary => "总结推广",
        _ => p.ToString(),
    };

    public static string Of(PilotTaskStatus s) => s switch
    {
        PilotTaskStatus.NotStarted => "未开始",
        PilotTaskStatus.InProgress => "进行中",
        PilotTaskStatus.Done => "已完成",
        _ => s.ToString(),
    };

    public static string ReviewLevel(int? level) => level switch
    {
        5 => "非常满意",
        4 => "满意",
        3 => "基本满意",
        2 => "不满意",
        1 => "非常不满意",
        _ => "",
    };
}
