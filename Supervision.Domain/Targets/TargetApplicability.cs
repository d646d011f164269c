namespace Supervision.Domain.Targets;

/// <summary>Which halls a target is set for.</summary>
public enum TargetHalls
{
    /// <summary>全部镇街.</summary>
    All = 1,

    /// <summary>试点镇街, and any other hall from its roll-out date (推广日期).</summary>
    Pilots = 2,

    /// <summary>指定镇街: the towns listed.</summary>
    Towns = 3,
}

/// <summary>
/// The halls a target applies to and the first day it is in force (null: always). A pilot target
/// reaches a non-pilot hall only from the roll-out date the bureau sets for it (总结推广).
/// </summary>
public sealed record TargetApplicability(TargetHalls Halls, IReadOnlyList<string> Towns, DateOnly? EffectiveFrom)
{
    /// <summary>Every hall, at all times: the default of every target but coverage.</summary>
    public static TargetApplicability Everywhere { get; } = new(TargetHalls.All, [], null);

    /// <summary>源政办发〔2020〕7号: pilot halls reach ≥ 90 % coverage by the end of October 2020.</summary>
    public static TargetApplicability PilotCoverage { get; } = new(TargetHalls.Pilots, [], new DateOnly(2020, 10, 31));

    public bool Equals(TargetApplicability? other) =>
        other is not null && Halls == other.Halls && EffectiveFrom == other.EffectiveFrom && Towns.SequenceEqual(other.Towns, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Halls, EffectiveFrom, Towns.Count);

    /// <summary>How it reads for people: 全部镇街 / 试点镇街（自2020-10-31起）/ 指定镇街：悦庄镇、东里镇.</summary>
    public string Describe(Func<string, string> townName)
    {
        ArgumentNullException.ThrowIfNull(townName);
        var halls = Halls switch
        {
            TargetHalls.All => "全部镇街",
            TargetHalls.Pilots => "试点镇街及已推广镇街",
            _ => "指定镇街：" + (Towns.Count == 0 ? "（无）" : string.Join("、", Towns.Select(townName))),
        };
        return EffectiveFrom is { } from ? $"{halls}（自{from:yyyy-MM-dd}起）" : halls;
    }
}
