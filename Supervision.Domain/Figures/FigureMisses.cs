using System.Globalization;

namespace Supervision.Domain.Figures;

/// <summary>Marks the figures of a set that miss their <see cref="FigureTargets"/>; figures without a value never miss.</summary>
public static class FigureMisses
{
    public static IReadOnlyList<FigureMiss> Find(FigureSet f, FigureTargets t)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(t);
        var misses = new List<FigureMiss>();
        void AtLeast(string name, Ratio r, decimal min)
        {
            if (r.Value is { } v && v < min)
            {
                misses.Add(new(name, r.ToString(), TargetText.AtLeast(min)));
            }
        }

        AtLeast("一窗受理事项覆盖率", f.ItemCoverage, t.CoverageMin);
        AtLeast("一窗受理办件占比", f.CaseShare, t.CaseShareMin);
        AtLeast("按时办结率", f.OnTimeRate, t.OnTimeMin);
        AtLeast("一次办好率", f.OneTripRate, t.OneTripMin);
        if (f.MeanWaitSeconds is { } wait && wait > t.MeanWaitMinutesMax * 60)
        {
            misses.Add(new("平均等候时长", Minutes(wait), TargetText.AtMostMinutes(t.MeanWaitMinutesMax)));
        }
        if (f.AbandonmentRate.Value is { } abandoned && abandoned > t.AbandonmentMax)
        {
            misses.Add(new("弃号率", f.AbandonmentRate.ToString(), TargetText.AtMost(t.AbandonmentMax)));
        }
        AtLeast("好评率", f.GoodReviewRate, t.GoodReviewMin);
        AtLeast("评价率", f.ReviewRate, t.ReviewRateMin);
        AtLeast("差评整改率", f.RectifiedOnTimeRate, t.RectificationMin);
        AtLeast("差评回访率", f.FollowUpRate, t.FollowUpMin);
        AtLeast("投诉按时响应率", f.ComplaintRespondedOnTimeRate, t.ComplaintRespondMin);
        AtLeast("投诉按时办结率", f.ComplaintResolvedOnTimeRate, t.ComplaintResolveMin);
        if (f.RefusalViolations > t.RefusalViolationsMax)
        {
            misses.Add(new("无权否决违规", $"{f.RefusalViolations} 件", TargetText.AtMostCases(t.RefusalViolationsMax)));
        }
        AtLeast("出勤率", f.AttendanceRate, t.AttendanceMin);
        return misses;
    }

    /// <summary>Seconds as zh-CN minutes with one decimal, e.g. <c>17.5 分钟</c>.</summary>
    public static string Minutes(decimal seconds) =>
        Math.Round(seconds / 60m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.GetCultureInfo("zh-CN")) + " 分钟";
}
