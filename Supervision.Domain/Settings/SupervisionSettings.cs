using Supervision.Domain.Activity;
using Supervision.Domain.Figures;

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
        return errors;
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
        return errors.Count == 0 ? copy : throw new DomainException(errors[0].Message);
    }

    /// <summary>The fields whose value differs from <paramref name="before"/>, in field order.</summary>
    public IReadOnlyList<SettingChange> ChangesFrom(SupervisionSettings before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return SettingFields.All
            .Where(f => f.Get(before) != f.Get(this))
            .Select(f => new SettingChange(f.Key, f.Name, f.Format(f.Get(before)), f.Format(f.Get(this))))
            .ToList();
    }

    /// <summary>The calculator for these weights and targets; call on valid settings only.</summary>
    public FigureCalculator Calculator() => new(Weights, StaffWeights, Targets);
}
