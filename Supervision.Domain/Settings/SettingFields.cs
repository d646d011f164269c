using Supervision.Domain.Activity;
using Supervision.Domain.Figures;

namespace Supervision.Domain.Settings;

/// <summary>Every configurable value, in the order the admin page shows them.</summary>
public static class SettingFields
{
    private const decimal Share = 1m;

    public static IReadOnlyList<SettingField> All { get; } =
    [
        Target("CoverageMin", "一窗受理事项覆盖率达标线", t => t.CoverageMin, (t, v) => t.CoverageMin = v),
        Target("CaseShareMin", "一窗受理办件占比达标线", t => t.CaseShareMin, (t, v) => t.CaseShareMin = v),
        Target("OnTimeMin", "按时办结率达标线", t => t.OnTimeMin, (t, v) => t.OnTimeMin = v),
        Target("OneTripMin", "一次办好率达标线", t => t.OneTripMin, (t, v) => t.OneTripMin = v),
        Target("GoodReviewMin", "好评率达标线", t => t.GoodReviewMin, (t, v) => t.GoodReviewMin = v),
        Target("ReviewRateMin", "评价率达标线", t => t.ReviewRateMin, (t, v) => t.ReviewRateMin = v),
        Target("RectificationMin", "差评整改率达标线", t => t.RectificationMin, (t, v) => t.RectificationMin = v),
        Target("FollowUpMin", "差评回访率达标线", t => t.FollowUpMin, (t, v) => t.FollowUpMin = v),
        Target("ComplaintRespondMin", "投诉按时响应率达标线", t => t.ComplaintRespondMin, (t, v) => t.ComplaintRespondMin = v),
        Target("ComplaintResolveMin", "投诉按时办结率达标线", t => t.ComplaintResolveMin, (t, v) => t.ComplaintResolveMin = v),
        Target("AbandonmentMax", "弃号率上限", t => t.AbandonmentMax, (t, v) => t.AbandonmentMax = v),
        Target("AttendanceMin", "出勤率达标线", t => t.AttendanceMin, (t, v) => t.AttendanceMin = v),
        new($"{FigureTargets.SectionName}:MeanWaitMinutesMax", "平均等候时长上限", SettingGroup.Threshold, SettingUnit.Minutes,
            s => s.Targets.MeanWaitMinutesMax, (s, v) => s.Targets.MeanWaitMinutesMax = v, 0, null, minExclusive: true),
        new($"{FigureTargets.SectionName}:QueueAlertWaitMinutes", "等候超时预警阈值", SettingGroup.Threshold, SettingUnit.Minutes,
            s => s.Targets.QueueAlertWaitMinutes, (s, v) => s.Targets.QueueAlertWaitMinutes = (int)v, 0, null, minExclusive: true, whole: true),
        new($"{FigureTargets.SectionName}:RefusalViolationsMax", "无权否决违规上限", SettingGroup.Threshold, SettingUnit.Count,
            s => s.Targets.RefusalViolationsMax, (s, v) => s.Targets.RefusalViolationsMax = (int)v, 0, null),

        Days("ReviewVerifyDays", "差评核实时限", r => r.ReviewVerifyDays, (r, v) => r.ReviewVerifyDays = v),
        // Local rules allow 5–15 working days for rectification.
        Days("ReviewRectifyDays", "差评整改时限", r => r.ReviewRectifyDays, (r, v) => r.ReviewRectifyDays = v, min: 5, max: 15),
        Days("ComplaintRespondDays", "投诉响应时限", r => r.ComplaintRespondDays, (r, v) => r.ComplaintRespondDays = v),
        Days("ComplaintResolveDays", "投诉办结时限", r => r.ComplaintResolveDays, (r, v) => r.ComplaintResolveDays = v),
        Days("LateReviewDays", "补评时限", r => r.LateReviewDays, (r, v) => r.LateReviewDays = v),

        .. Enum.GetValues<ScoreComponent>().Select(HallWeight),
        new($"{StaffScoreWeights.SectionName}:GoodReview", "工作人员评分权重：好评率", SettingGroup.Weight, SettingUnit.Percent,
            s => s.StaffWeights.GoodReview, (s, v) => s.StaffWeights.GoodReview = v, 0, Share),
        new($"{StaffScoreWeights.SectionName}:Attendance", "工作人员评分权重：出勤率", SettingGroup.Weight, SettingUnit.Percent,
            s => s.StaffWeights.Attendance, (s, v) => s.StaffWeights.Attendance = v, 0, Share),
    ];

    private static readonly Dictionary<string, SettingField> ByKey = All.ToDictionary(f => f.Key, StringComparer.OrdinalIgnoreCase);

    public static SettingField? Find(string key) => ByKey.GetValueOrDefault(key);

    public static string GroupName(this SettingGroup group) => group switch
    {
        SettingGroup.Threshold => "阈值",
        SettingGroup.Deadline => "期限",
        _ => "权重",
    };

    private static SettingField Target(string property, string name, Func<FigureTargets, decimal> get, Action<FigureTargets, decimal> set) =>
        new($"{FigureTargets.SectionName}:{property}", name, SettingGroup.Threshold, SettingUnit.Percent,
            s => get(s.Targets), (s, v) => set(s.Targets, v), 0, Share);

    private static SettingField Days(string property, string name, Func<ActivityRules, int> get, Action<ActivityRules, int> set,
        decimal min = 1, decimal? max = null) =>
        new($"{ActivityRules.SectionName}:{property}", name, SettingGroup.Deadline, SettingUnit.WorkingDays,
            s => get(s.Activity), (s, v) => set(s.Activity, (int)v), min, max);

    private static SettingField HallWeight(ScoreComponent component) =>
        new($"{ScoreWeights.SectionName}:{component}", $"综合评分权重：{component.ChineseName()}", SettingGroup.Weight, SettingUnit.Percent,
            s => s.Weights.Get(component), (s, v) => s.Weights.Set(component, v), 0, Share);
}
