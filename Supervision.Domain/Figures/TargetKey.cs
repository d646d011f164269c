namespace Supervision.Domain.Figures;

/// <summary>A figure that has a target in <see cref="FigureTargets"/> (未达标 is judged against it).</summary>
public enum TargetKey
{
    Coverage = 1,
    CaseShare = 2,
    OnTime = 3,
    OneTrip = 4,
    MeanWait = 5,
    Abandonment = 6,
    GoodReview = 7,
    ReviewRate = 8,
    Rectification = 9,
    FollowUp = 10,
    ComplaintRespond = 11,
    ComplaintResolve = 12,
    RefusalViolations = 13,
    Attendance = 14,
}

public static class TargetKeys
{
    /// <summary>The figure's Chinese name, as in 未达标 marks and bulletins.</summary>
    public static string ChineseName(this TargetKey key) => key switch
    {
        TargetKey.Coverage => "一窗受理事项覆盖率",
        TargetKey.CaseShare => "一窗受理办件占比",
        TargetKey.OnTime => "按时办结率",
        TargetKey.OneTrip => "一次办好率",
        TargetKey.MeanWait => "平均等候时长",
        TargetKey.Abandonment => "弃号率",
        TargetKey.GoodReview => "好评率",
        TargetKey.ReviewRate => "评价率",
        TargetKey.Rectification => "差评整改率",
        TargetKey.FollowUp => "差评回访率",
        TargetKey.ComplaintRespond => "投诉按时响应率",
        TargetKey.ComplaintResolve => "投诉按时办结率",
        TargetKey.RefusalViolations => "无权否决违规",
        _ => "出勤率",
    };

    /// <summary>The target a composite score component is judged against: without it for a hall, the component leaves the score.</summary>
    public static TargetKey Target(this ScoreComponent component) => component switch
    {
        ScoreComponent.Coverage => TargetKey.Coverage,
        ScoreComponent.CaseShare => TargetKey.CaseShare,
        ScoreComponent.OnTime => TargetKey.OnTime,
        ScoreComponent.OneTrip => TargetKey.OneTrip,
        ScoreComponent.GoodReview => TargetKey.GoodReview,
        ScoreComponent.Rectification => TargetKey.Rectification,
        ScoreComponent.ComplaintResolution => TargetKey.ComplaintResolve,
        _ => TargetKey.Abandonment,
    };
}
