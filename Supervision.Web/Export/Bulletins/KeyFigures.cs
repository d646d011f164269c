using System.Globalization;
using Supervision.Domain.Figures;

namespace Supervision.Web.Export.Bulletins;

/// <summary>One line of the 综述 key-figure table: a figure this period and last, its target, and whether it missed.</summary>
/// <param name="Value">A <see cref="Ratio"/>, an int, or a decimal (minutes, score); null for “—”.</param>
public sealed record KeyFigure(string Name, object? Value, object? Previous, string Change, string Target, bool Missed);

/// <summary>The county figures a bulletin leads with, in the order the bureau reads them.</summary>
public static class KeyFigures
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    public static IReadOnlyList<KeyFigure> For(FigureSet now, FigureSet before, FigureTargets t)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(t);
        var missed = now.Misses.Select(m => m.Figure).ToHashSet(StringComparer.Ordinal);
        KeyFigure Share(string name, Func<FigureSet, Ratio> pick, string target) =>
            new(name, pick(now), pick(before), Points(pick(now), pick(before)), target, missed.Contains(name));
        KeyFigure Count(string name, Func<FigureSet, int> pick, string target = "") =>
            new(name, pick(now), pick(before), Delta(pick(now) - pick(before), "0"), target, missed.Contains(name));

        var wait = Minutes(now.MeanWaitSeconds);
        var waitBefore = Minutes(before.MeanWaitSeconds);
        return
        [
            Count("受理件数", f => f.Accepted),
            Count("办结件数", f => f.Completed),
            Share("一窗受理事项覆盖率", f => f.ItemCoverage, AtLeast(t.CoverageMin)),
            Share("一窗受理办件占比", f => f.CaseShare, AtLeast(t.CaseShareMin)),
            Share("即办率", f => f.InstantRate, ""),
            Share("按时办结率", f => f.OnTimeRate, AtLeast(t.OnTimeMin)),
            Count("超期办结", f => f.CompletedLate),
            Share("初审按时上报率", f => f.EscalatedOnTimeRate, ""),
            Share("一次办好率", f => f.OneTripRate, AtLeast(t.OneTripMin)),
            new("平均等候时长（分钟）", wait, waitBefore,
                wait is { } w && waitBefore is { } wb ? Delta(w - wb, "0.0") : "",
                $"≤ {t.MeanWaitMinutesMax.ToString("0.#", Zh)}", missed.Contains("平均等候时长")),
            Share("弃号率", f => f.AbandonmentRate, "≤ " + Percent(t.AbandonmentMax)),
            Share("好评率", f => f.GoodReviewRate, AtLeast(t.GoodReviewMin)),
            Count("差评", f => f.NegativeReviews),
            Share("差评整改率", f => f.RectifiedOnTimeRate, AtLeast(t.RectificationMin)),
            Share("差评回访率", f => f.FollowUpRate, AtLeast(t.FollowUpMin)),
            Count("投诉件数", f => f.ComplaintsFiled),
            Share("投诉按时响应率", f => f.ComplaintRespondedOnTimeRate, AtLeast(t.ComplaintRespondMin)),
            Share("投诉按时办结率", f => f.ComplaintResolvedOnTimeRate, AtLeast(t.ComplaintResolveMin)),
            Count("无权否决违规", f => f.RefusalViolations, $"≤ {t.RefusalViolationsMax}"),
            Share("出勤率", f => f.AttendanceRate, AtLeast(t.AttendanceMin)),
            new("综合评分", now.Score, before.Score,
                now.Score is { } s && before.Score is { } sb ? Delta(s - sb, "0.0") : "", "", false),
        ];
    }

    public static decimal? Minutes(decimal? seconds) =>
        seconds is { } s ? Math.Round(s / 60m, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>Change in percentage points of the shown percentages, e.g. “+0.3 个百分点”.</summary>
    public static string Points(Ratio now, Ratio before) =>
        now.Percent is { } n && before.Percent is { } b ? (n == b ? "持平" : Delta(n - b, "0.0") + " 个百分点") : "";

    private static string Delta(decimal d, string format) =>
        d > 0 ? "+" + d.ToString(format, Zh) : d < 0 ? "−" + (-d).ToString(format, Zh) : "持平";

    private static string AtLeast(decimal share) => "≥ " + Percent(share);

    private static string Percent(decimal share) => new Ratio(share, 1).ToString();
}
