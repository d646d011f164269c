using Supervision.Domain.Activity;
using Supervision.Domain.Figures;
using Supervision.Domain.Targets;

namespace Supervision.Domain.Settings;

/// <summary>
/// Everything a county administrator may configure: figure targets and the queue alert threshold
/// (阈值), activity time limits (期限) and composite score weights (权重). Defaults are those
/// documented in docs/metrics.md. Travels as a flat key → value map (<see cref="ToValues"/>) whose
/// keys are the configuration paths of <see cref="SettingFields"/>.
/// </summary>
public sealed class SupervisionSettings
{
    public ActivityRules Activity { get; init; } = new();
    public FigureTargets Targets { get; init; } = new();
    public ScoreWeights Weights { get; init; } = new();
    public StaffScoreWeights StaffWeights { get; init; } = new();

    public static SupervisionSettings Default => new();

    /// <summary>Every broken rule, one message per field, then the weight sums; empty when valid.</summary>
    public IReadOnlyList<SettingError> Validate()
    {
        var errors = SettingFields.All
            .Select(f => f.Check(f.Get(this)) is { } message ? new SettingError(f.Key, message) : null)
            .OfType<SettingError>()
            .ToList();
        if (Weights.Sum != 1m)
        {
            errors.Add(new SettingError(ScoreWeights.SectionName,
                $"综合评分各项权重之和必须为 100%，当前为 {SettingField.Number(Weights.Sum * 100)}%。"));
        }
        if (StaffWeights.GoodReview + StaffWeights.Attendance != 1m)
        {
            errors.Add(new SettingError(StaffScoreWeights.SectionName,
                $"工作人员综合评分各项权重之和必须为 100%，当前为 {SettingField.Number((StaffWeights.GoodReview + StaffWeights.Attendance) * 100)}%。"));
        }
        foreach (var key in Enum.GetValues<TargetKey>())
        {
            if (Targets.Applicability(key) is { Halls: TargetHalls.Towns, Towns.Count: 0 })
            {
                errors.Add(new SettingError(ApplicabilityKey(key), $"“{key.ChineseName()}”目标适用于指定镇街时，至少要选择一个镇街。"));
            }
        }
        return errors;
    }

    /// <summary>The key a target's applicability is reported under (errors, changes): <c>Figures:Targets:Coverage:AppliesTo</c>.</summary>
    public static string ApplicabilityKey(TargetKey key) => $"{FigureTargets.SectionName}:{key}:AppliesTo";

    /// <summary>Every target's applicability (<see cref="TargetRules"/>), in figure order.</summary>
    public IReadOnlyDictionary<TargetKey, TargetApplicability> Applicabilities() =>
        Enum.GetValues<TargetKey>().ToDictionary(k => k, Targets.Applicability);

    /// <summary>Takes every target's applicability from <paramref name="other"/>; values stay as they are.</summary>
    public SupervisionSettings WithApplicabilityOf(SupervisionSettings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, applicability) in other.Applicabilities())
        {
            Targets.SetApplicability(key, applicability);
        }
        return this;
    }

    /// <summary>Every field's value in stored units, keyed by <see cref="SettingField.Key"/>.</summary>
    public IReadOnlyDictionary<string, decimal> ToValues() =>
        SettingFields.All.ToDictionary(f => f.Key, f => f.Get(this), StringComparer.Ordinal);

    /// <summary>
    /// Settings from a key → value map; keys not given keep their default, unknown keys are reported.
    /// A whole-number field given a fraction is reported too (it cannot be stored), and keeps its default.
    /// </summary>
    public static SupervisionSettings FromValues(IReadOnlyDictionary<string, decimal> values, out IReadOnlyList<SettingError> errors)
    {
        ArgumentNullException.ThrowIfNull(values);
        var settings = new SupervisionSettings();
        var found = new List<SettingError>();
        foreach (var (key, value) in values)
        {
            if (SettingFields.Find(key) is not { } field)
            {
                found.Add(new SettingError(key, $"未知的配置项：{key}。"));
            }
            else if (field.IsWhole && value != decimal.Truncate(value))
            {
                found.Add(new SettingError(field.Key, field.Check(value)!));
            }
            else
            {
                field.Set(settings, value);
            }
        }
        errors = found;
        return settings;
    }

    /// <summary>A copy with one field changed, in stored units.</summary>
    public SupervisionSettings With(string key, decimal value)
    {
        var values = ToValues().ToDictionary(StringComparer.Ordinal);
        values[key] = value;
        var copy = FromValues(values, out var errors);
        return errors.Count == 0 ? copy.WithApplicabilityOf(this) : throw new DomainException(errors[0].Message);
    }

    /// <summary>The fields whose value differs from <paramref name="before"/>, in field order.</summary>
    public IReadOnlyList<SettingChange> ChangesFrom(SupervisionSettings before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var values = SettingFields.All
            .Where(f => f.Get(before) != f.Get(this))
            .Select(f => new SettingChange(f.Key, f.Name, f.Format(f.Get(before)), f.Format(f.Get(this))));
        var scopes = Enum.GetValues<TargetKey>()
            .Where(k => !before.Targets.Applicability(k).Equals(Targets.Applicability(k)))
            .Select(k => new SettingChange(ApplicabilityKey(k), $"{k.ChineseName()}目标适用范围",
                before.Targets.Applicability(k).Describe(t => t), Targets.Applicability(k).Describe(t => t)));
        return [.. values, .. scopes];
    }

    /// <summary>The calculator for these weights and targets; call on valid settings only.</summary>
    public FigureCalculator Calculator() => new(Weights, StaffWeights, Targets);
}
