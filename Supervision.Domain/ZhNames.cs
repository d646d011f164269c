using Supervision.Domain.Activity;
using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Domain;

/// <summary>
/// Chinese names of the domain's vocabularies (the terms DOMAIN.md and the seed files use), the one
/// place pages, exports and bulletins take them from. A missing value is spelled by the caller
/// (<c>missing</c>): pages show “—”, spreadsheet cells stay empty.
/// </summary>
public static class ZhNames
{
    public static string Of(WindowKind kind) => kind switch
    {
        WindowKind.Comprehensive => "综合受理",
        WindowKind.UnifiedIssuing => "统一出件",
        WindowKind.Specialised => "专业",
        WindowKind.ServiceDesk => "服务台",
        WindowKind.Assisted => "帮办代办",
        WindowKind.Consultation => "咨询",
        WindowKind.Complaint => "找茬",
        _ => "潮汐",
    };

    public static string Of(DataQualityKind kind) => kind switch
    {
        DataQualityKind.NegativeReviewWithoutReasons => "差评未填原因",
        DataQualityKind.RefusalWithoutReason => "拒收未填理由",
        DataQualityKind.BackdatedPause => "逾期补报暂停",
        DataQualityKind.UnknownItem => "办件事项不明",
        _ => "超过补评时限",
    };

    public static string Of(StaffRole role) => role switch
    {
        StaffRole.ComprehensiveAcceptance => "综合受理",
        StaffRole.BackOffice => "后台审批",
        StaffRole.Issuing => "出件",
        StaffRole.Assistant => "帮办代办",
        _ => "负责人",
    };

    public static string Of(ComplaintCategory category) => category switch
    {
        ComplaintCategory.MultipleTrips => "跑多次",
        ComplaintCategory.BuckPassing => "推诿扯皮",
        ComplaintCategory.Attitude => "态度",
        ComplaintCategory.Overtime => "超时",
        ComplaintCategory.UnclearMaterials => "材料要求不清",
        _ => "其他",
    };

    public static string Of(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Window => "找茬窗口",
        ComplaintChannel.Hotline => "12345热线",
        _ => "网上",
    };

    public static string Of(ReviewChannel channel) => channel switch
    {
        ReviewChannel.Device => "评价器",
        ReviewChannel.QrCode => "二维码",
        ReviewChannel.Sms => "短信",
        _ => "网上",
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Received => "已收件",
        CaseStatus.AwaitingSupplement => "待补正",
        CaseStatus.Accepted => "已受理",
        CaseStatus.Transferred => "已转办",
        CaseStatus.Paused => "特别程序中",
        CaseStatus.Escalated => "已上报",
        CaseStatus.Refused => "已拒收",
        CaseStatus.Completed => "已办结",
        _ => "已出件",
    };

    /// <summary>好差评 level 5 … 1.</summary>
    public static string ReviewLevel(int? level, string missing) => level switch
    {
        5 => "非常满意",
        4 => "满意",
        3 => "基本满意",
        2 => "不满意",
        1 => "非常不满意",
        _ => missing,
    };

    public static string Of(WindowKind? kind, string missing) => kind is { } k ? Of(k) : missing;

    public static string Of(ComplaintCategory? category, string missing) => category is { } c ? Of(c) : missing;

    public static string Of(ComplaintChannel? channel, string missing) => channel is { } c ? Of(c) : missing;

    public static string Of(ReviewChannel? channel, string missing) => channel is { } c ? Of(c) : missing;

    public static string Of(CaseChannel? channel, string missing) => channel is { } c ? Of(c) : missing;

    public static string Of(CaseOutcome? outcome, string missing) => outcome is { } o ? Of(o) : missing;

    public static string Of(CardColour card) => card switch
    {
        CardColour.Yellow => "黄牌",
        CardColour.Red => "红牌",
        _ => "无",
    };

    public static string Of(CaseChannel channel) => channel switch
    {
        CaseChannel.Onsite => "窗口",
        CaseChannel.Online => "网上",
        CaseChannel.SelfService => "自助",
        _ => channel.ToString(),
    };

    public static string Of(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Approved => "准予",
        CaseOutcome.Denied => "不予",
        _ => outcome.ToString(),
    };

    public static string Of(IssueMethod method) => method switch
    {
        IssueMethod.Counter => "窗口领取",
        IssueMethod.Mail => "邮寄送达",
        _ => method.ToString(),
    };

    public static string Of(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "出勤",
        AttendanceStatus.Late => "迟到",
        AttendanceStatus.Absent => "缺勤",
        AttendanceStatus.Leave => "请假",
        _ => status.ToString(),
    };

    public static string Of(PilotPhase phase) => phase switch
    {
        PilotPhase.Mobilisation => "动员部署",
        PilotPhase.Implementation => "全面实施",
        PilotPhase.Summary => "总结推广",
        _ => phase.ToString(),
    };

    public static string Of(PilotTaskStatus status) => status switch
    {
        PilotTaskStatus.NotStarted => "未开始",
        PilotTaskStatus.InProgress => "进行中",
        PilotTaskStatus.Done => "已完成",
        _ => status.ToString(),
    };

    public static string Of(PilotEvaluationResult result) => result switch
    {
        PilotEvaluationResult.Passed => "通过",
        PilotEvaluationResult.Failed => "不通过",
        PilotEvaluationResult.RecheckAfterRectification => "整改后复验",
        _ => result.ToString(),
    };

    public static string YesNo(bool value) => value ? "是" : "否";
}
