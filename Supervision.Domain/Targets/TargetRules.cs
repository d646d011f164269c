using Supervision.Domain.Figures;

namespace Supervision.Domain.Targets;

/// <summary>
/// The one rule of which target applies to which hall on which period. A target applies to hall H on
/// period P when it is in force on P's last day (coverage is measured as of that day, and a period that
/// ends on the due date is the first one judged) and H is among its halls: every hall; the listed
/// towns; or, for a pilot target, a pilot hall, or a non-pilot hall whose roll-out date has come.
/// </summary>
public static class TargetRules
{
    public static bool Applies(TargetApplicability target, HallStanding hall, Period period)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(hall);
        ArgumentNullException.ThrowIfNull(period);
        var day = period.End;
        if (target.EffectiveFrom is { } from && day < from)
        {
            return false;
        }
        return target.Halls switch
        {
            TargetHalls.All => true,
            TargetHalls.Towns => target.Towns.Contains(hall.Town, StringComparer.Ordinal),
            _ => hall.IsPilot || hall.RolloutDate is { } rollout && rollout <= day,
        };
    }

    /// <summary>The targets of <paramref name="targets"/> that apply to <paramref name="hall"/> on <paramref name="period"/>.</summary>
    public static IReadOnlySet<TargetKey> For(FigureTargets targets, HallStanding hall, Period period)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return Enum.GetValues<TargetKey>().Where(k => Applies(targets.Applicability(k), hall, period)).ToHashSet();
    }

    /// <summary>
    /// The halls a county (pooled) figure is judged on for one target: those it applies to. When that
    /// is every hall, the pool is the whole county and needs no label.
    /// </summary>
    public static TargetPool Pool(TargetApplicability target, IReadOnlyList<HallStanding> halls, Period period)
    {
        ArgumentNullException.ThrowIfNull(halls);
        if (halls.Count == 0)
        {
            // No hall is known: only a target for every hall, in force, judges the pooled figure.
            return target.Halls == TargetHalls.All && Applies(target, HallStanding.Unknown(""), period) ? TargetPool.Whole : TargetPool.None;
        }
        var applying = halls.Where(h => Applies(target, h, period)).ToList();
        if (applying.Count == halls.Count)
        {
            return TargetPool.Whole;
        }
        if (applying.Count == 0)
        {
            return TargetPool.None;
        }
        var label = target.Halls != TargetHalls.Pilots ? $"适用镇街（{applying.Count}个）"
            : applying.All(h => h.IsPilot) ? $"试点镇街（{applying.Count}个）"
            : $"试点及已推广镇街（{applying.Count}个）";
        return new TargetPool(applying.Select(h => h.Town).ToList(), label);
    }
}

/// <summary>
/// The halls a county figure pools for a target: <see cref="Towns"/> null means every hall (no label),
/// an empty list means none (the county has no target for it).
/// </summary>
public sealed record TargetPool(IReadOnlyList<string>? Towns, string? Label)
{
    public static TargetPool Whole { get; } = new(null, null);

    public static TargetPool None { get; } = new([], null);

    public bool Applies => Towns is null || Towns.Count > 0;
}
