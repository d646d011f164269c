namespace Supervision.Web.Export.Bulletins;

/// <summary>One line of the 综述 key-figure table: a figure this period and last, its target, and whether it missed.</summary>
/// <param name="Value">A <see cref="Ratio"/>, an int, or a decimal (minutes, score); null for “—”.</param>
public sealed record KeyFigure(string Name, object? Value, object? Previous, string Change, string Target, bool Missed);

/// <summary>The county figures a bulletin leads with, in the order the bureau reads them.</summary>
public static class KeyFigures
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    /// <param name="days">Working days of this period; with <paramref name="beforeDays"/> (the previous period's), when
    /// they differ every count is compared per working day, and both are printed.</param>
    public static IReadOnlyList<KeyFigure> For(FigureSet now, FigureSet before, FigureTargets t, int days = 0, int beforeDays = 0)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(t);
        // Each target as it applies to the county on this period: a pooled target names its halls and their value.
        string Target(TargetKey key) => now.Judgement(key) switch
        {
            null => NoTarget,
            { Pool: null } j => j.Target,
            var j => $"{j.Pool}{j.Actual}，目标 {j.Target}",
        };
        bool Missed(TargetKey key) => now.Judgement(key)?.Missed == true;
        KeyFigure Share(string name, Func<FigureSet, Ratio> pick, TargetKey? key) =>
            new(name, pick(now), pick(before), Points(pick(now), pick(before)), key is { } k ? Target(k) : "", key is { } m && Missed(m));
        var perDay = days > 0 && beforeDays > 0 && days != beforeDays;
        KeyFigure Count(string name, Func<FigureSet, int> pick, TargetKey? key = null) =>
            new(name, pick(now), pick(before),
                perDay ? "日均 " + Delta(BulletinText.PerDay(pick(now), days) - BulletinText.PerDay(pick(before), beforeDays), "N1")
                       : Delta(pick(now) - pick(before), "N0"),
                key is { } k ? Target(k) : "", key is { } m && Missed(m));
        KeyFigure[] lengths = days > 0 && beforeDays > 0
            ?
            [
                new("工作日（天）", days, beforeDays, Delta(days - beforeDays, "N0"), "", false),
                new("日均受理件数", BulletinText.PerDay(now.Accepted, days), BulletinText.PerDay(before.Accepted, beforeDays),
                    Delta(BulletinText.PerDay(now.Accepted, days) - BulletinText.PerDay(before.Accepted, beforeDays), "N1"), "", false),
            ]
            : [];

        var wait = Minutes(now.MeanWaitSeconds);
        var waitBefore = Minutes(before.MeanWaitSeconds);
        return
        [
            .. lengths,
            Count("受理件数", f => f.Accepted),
            Count("办结件数", f => f.Completed),
            Share("一窗受理事项覆盖率", f => f.ItemCoverage, TargetKey.Coverage),
            Share("一窗受理办件占比", f => f.CaseShare, TargetKey.CaseShare),
            Share("即办率", f => f.InstantRate, null),
            Share("按时办结率", f => f.OnTimeRate, TargetKey.OnTime),
            Count("超期办结", f => f.CompletedLate),
            Share("初审按时上报率", f => f.EscalatedOnTimeRate, null),
            Share("一次办好率", f => f.OneTripRate, TargetKey.OneTrip),
            new("平均等候时长（分钟）", wait, waitBefore,
                wait is { } w && waitBefore is { } wb ? Delta(w - wb, "0.0") : "",
                now.Judgement(TargetKey.MeanWait) is null ? NoTarget : $"≤ {t.MeanWaitMinutesMax.ToString("0.#", Zh)}", Missed(TargetKey.MeanWait)),
            Share("弃号率", f => f.AbandonmentRate, TargetKey.Abandonment),
            Share("好评率", f => f.GoodReviewRate, TargetKey.GoodReview),
            Count("差评", f => f.NegativeReviews),
            Share("差评整改率", f => f.RectifiedOnTimeRate, TargetKey.Rectification),
            Share("差评回访率", f => f.FollowUpRate, TargetKey.FollowUp),
            Count("投诉件数", f => f.ComplaintsFiled),
            Share("投诉按时响应率", f => f.ComplaintRespondedOnTimeRate, TargetKey.ComplaintRespond),
            Share("投诉按时办结率", f => f.ComplaintResolvedOnTimeRate, TargetKey.ComplaintResolve),
            Count("无权否决违规", f => f.RefusalViolations, TargetKey.RefusalViolations),
            Share("出勤率", f => f.AttendanceRate, TargetKey.Attendance),
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

    /// <summary>The target column of a figure no target applies to on this period (e.g. coverage before its due date).</summary>
    public const string NoTarget = "本期无适用目标";
}
