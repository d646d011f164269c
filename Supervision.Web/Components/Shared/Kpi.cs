using Supervision.Web.Common;

namespace Supervision.Web.Components.Shared;

/// <summary>What one headline card shows (<see cref="KpiCard"/>): a share against its minimum, or a formatted value.</summary>
public sealed record Kpi
{
    public required FigureKey Figure { get; init; }

    /// <summary>Overrides the glossary name.</summary>
    public string? Title { get; init; }

    /// <summary>A share: shown as percent with its parts; takes precedence over <see cref="Value"/>.</summary>
    public Ratio? Ratio { get; init; }

    /// <summary>Minimum target of <see cref="Ratio"/> as a fraction (0.9 = 90 %).</summary>
    public decimal? AtLeast { get; init; }

    /// <summary>A value that is not a share (a count, a duration), already formatted.</summary>
    public string? Value { get; init; }

    /// <summary>Second line under a non-share value.</summary>
    public string? Detail { get; init; }

    /// <summary>Target of a non-share value, as text (e.g. “0 件”).</summary>
    public string? Target { get; init; }

    /// <summary>Whether a non-share value misses its target.</summary>
    public bool Missed { get; init; }

    /// <summary>Drill-down: the cases behind the figure (<see cref="CaseLinks"/>).</summary>
    public string? Href { get; init; }

    /// <summary>How many rows <see cref="Href"/> lists: the count, or a rate's numerator.</summary>
    public int? LinkCount { get; init; }

    /// <summary>Comparisons under the value (较上期, 较全县).</summary>
    public IReadOnlyList<KpiChange> Changes { get; init; } = [];

    public string? Class { get; init; }

    public string? Style { get; init; }

    /// <summary>
    /// A share card against the target that applies to the set's scope and period: none (no mark) when
    /// no target applies; for a county target that pools only some halls, their share under a title
    /// naming them, e.g. 一窗受理事项覆盖率（试点镇街（2个））.
    /// </summary>
    public static Kpi Judged(FigureKey figure, FigureSet set, TargetKey key, FigureTargets targets, string? href = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var judgement = set.Judgement(key);
        return new Kpi
        {
            Figure = figure,
            Title = judgement?.Pool is { } pool ? $"{key.ChineseName()}（{pool}）" : null,
            Ratio = judgement?.Pool is not null && judgement.Share is { } pooled ? pooled : FigureMisses.Share(set, key),
            AtLeast = set.AtLeast(key, targets),
            Href = href,
        };
    }

    public string DisplayValue => Ratio is { } r ? r.ToString() : Value ?? ZhFormat.None;

    public string? DisplayDetail => Ratio is { } r
        ? r.HasValue ? ZhFormat.Parts(r) : "无数据"
        : Detail;

    public string? DisplayTarget => Ratio is not null && AtLeast is { } min ? ZhFormat.AtLeast(min) : Target;

    public bool IsMissed => Ratio is { } r
        ? AtLeast is { } min && r.Value is { } v && v < min
        : Missed;
}
