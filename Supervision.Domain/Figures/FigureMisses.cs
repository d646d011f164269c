using Supervision.Domain.Targets;

namespace Supervision.Domain.Figures;

/// <summary>
/// Judges figures against the <see cref="FigureTargets"/> that apply to them; figures without a value
/// never miss, and a figure whose target does not apply is not judged at all.
/// </summary>
public static class FigureMisses
{
    /// <summary>
    /// One judgement per target in <paramref name="pools"/> that applies, in figure order. The figure of
    /// a pooled target is read from <paramref name="pooled"/> (the halls of the pool), of the others from
    /// <paramref name="f"/>.
    /// </summary>
    public static IReadOnlyList<TargetJudgement> Judge(
        FigureSet f, FigureTargets t, IReadOnlyDictionary<TargetKey, TargetPool> pools, Func<IReadOnlyList<string>, FigureSet> pooled)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(pooled);
        var judged = new List<TargetJudgement>();
        foreach (var key in Enum.GetValues<TargetKey>())
        {
            if (!pools.TryGetValue(key, out var pool) || !pool.Applies)
            {
                continue;
            }
            var set = pool.Towns is { } towns ? pooled(towns) : f;
            judged.Add(Judge(key, set, t) with { Pool = pool.Label });
        }
        return judged;
    }

    /// <summary>Every target judged on <paramref name="f"/> itself, whoever it applies to (a staff member, an item).</summary>
    public static IReadOnlyList<TargetJudgement> JudgeAll(FigureSet f, FigureTargets t, IEnumerable<TargetKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Order().Select(k => Judge(k, f, t)).ToList();
    }

    private static TargetJudgement Judge(TargetKey key, FigureSet f, FigureTargets t)
    {
        TargetJudgement AtLeast(Ratio r, decimal min)
        {
            var missed = r.Value is { } v && v < min;
            return new(key, missed ? PercentAsMissed(r.Value!.Value, min, below: true) : r.ToString(), TargetText.AtLeast(min), null, missed, r);
        }
        var waitMissed = f.MeanWaitSeconds is { } wait && wait > t.MeanWaitMinutesMax * 60;
        var abandonMissed = f.AbandonmentRate.Value is { } abandoned && abandoned > t.AbandonmentMax;
        return key switch
        {
            TargetKey.MeanWait => new(key,
                f.MeanWaitSeconds is { } w ? (waitMissed ? Published(w / 60m, t.MeanWaitMinutesMax, below: false) + " 分钟" : Minutes(w)) : Ratio.NoValue,
                TargetText.AtMostMinutes(t.MeanWaitMinutesMax), null, waitMissed, null),
            TargetKey.Abandonment => new(key,
                abandonMissed ? PercentAsMissed(f.AbandonmentRate.Value!.Value, t.AbandonmentMax, below: false) : f.AbandonmentRate.ToString(),
                TargetText.AtMost(t.AbandonmentMax), null, abandonMissed, f.AbandonmentRate),
            TargetKey.RefusalViolations => new(key, $"{f.RefusalViolations} 件", TargetText.AtMostCases(t.RefusalViolationsMax), null,
                f.RefusalViolations > t.RefusalViolationsMax, null),
            _ => AtLeast(Share(f, key), t.AtLeast(key)!.Value),
        };
    }

    /// <summary>The share a minimum-share target is judged on.</summary>
    public static Ratio Share(FigureSet f, TargetKey key)
    {
        ArgumentNullException.ThrowIfNull(f);
        return key switch
        {
            TargetKey.Coverage => f.ItemCoverage,
            TargetKey.CaseShare => f.CaseShare,
            TargetKey.OnTime => f.OnTimeRate,
            TargetKey.OneTrip => f.OneTripRate,
            TargetKey.GoodReview => f.GoodReviewRate,
            TargetKey.ReviewRate => f.ReviewRate,
            TargetKey.Rectification => f.RectifiedOnTimeRate,
            TargetKey.FollowUp => f.FollowUpRate,
            TargetKey.ComplaintRespond => f.ComplaintRespondedOnTimeRate,
            TargetKey.ComplaintResolve => f.ComplaintResolvedOnTimeRate,
            TargetKey.Abandonment => f.AbandonmentRate,
            TargetKey.Attendance => f.AttendanceRate,
            _ => Ratio.Empty,
        };
    }

    /// <summary>
    /// A missed share as a percent with as many decimals as it takes not to read as a hit: 97.96 % against
    /// ≥ 98 % is published as 97.96%, never as 98.0%.
    /// </summary>
    public static string PercentAsMissed(decimal share, decimal limit, bool below) =>
        Published(share * 100m, limit * 100m, below) + "%";

    /// <summary>
    /// <paramref name="value"/> with one decimal, or more (up to four) while the rounded value would not
    /// be on the missed side of <paramref name="limit"/>; past four decimals, cut towards the miss.
    /// </summary>
    public static string Published(decimal value, decimal limit, bool below)
    {
        for (var digits = 1; digits <= 4; digits++)
        {
            var shown = Math.Round(value, digits, MidpointRounding.AwayFromZero);
            if (below ? shown < limit : shown > limit)
            {
                return shown.ToString("F" + digits, CultureInfo.InvariantCulture);
            }
        }
        var cut = below ? Math.Floor(value * 10000m) / 10000m : Math.Ceiling(value * 10000m) / 10000m;
        return cut.ToString("F4", CultureInfo.InvariantCulture);
    }

    /// <summary>Seconds as zh-CN minutes with one decimal, e.g. <c>17.5 分钟</c>.</summary>
    public static string Minutes(decimal seconds) =>
        Math.Round(seconds / 60m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.GetCultureInfo("zh-CN")) + " 分钟";
}
