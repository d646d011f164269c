namespace Supervision.Domain.Settings;

/// <summary>How the admin page groups the settings.</summary>
public enum SettingGroup
{
    /// <summary>阈值: targets figures are marked against and alert thresholds.</summary>
    Threshold = 1,

    /// <summary>期限: time limits in working days.</summary>
    Deadline = 2,

    /// <summary>权重: composite score weights.</summary>
    Weight = 3,
}

/// <summary>The unit a value is stored and shown in.</summary>
public enum SettingUnit
{
    /// <summary>Stored as a share 0–1, shown as a percentage.</summary>
    Percent = 1,
    WorkingDays = 2,
    Minutes = 3,
    Count = 4,
}

/// <summary>
/// One configurable value: its key (the configuration path, e.g. <c>Activity:ReviewRectifyDays</c>),
/// Chinese name, group, unit and the rule it must satisfy. Values travel as decimals in stored units
/// (a percentage as a share 0–1).
/// </summary>
public sealed class SettingField
{
    private readonly Func<SupervisionSettings, decimal> _get;
    private readonly Action<SupervisionSettings, decimal> _set;
    private readonly decimal _min;
    private readonly decimal? _max;
    private readonly bool _minExclusive;

    internal SettingField(string key, string name, SettingGroup group, SettingUnit unit,
        Func<SupervisionSettings, decimal> get, Action<SupervisionSettings, decimal> set,
        decimal min, decimal? max, bool minExclusive = false, bool whole = false)
    {
        IsWhole = whole || unit is SettingUnit.WorkingDays or SettingUnit.Count;
        Key = key;
        Name = name;
        Group = group;
        Unit = unit;
        _get = get;
        _set = set;
        _min = min;
        _max = max;
        _minExclusive = minExclusive;
    }

    public string Key { get; }
    public string Name { get; }
    public SettingGroup Group { get; }
    public SettingUnit Unit { get; }

    /// <summary>Days, counts and the alert threshold are whole numbers.</summary>
    public bool IsWhole { get; }

    public decimal Get(SupervisionSettings settings) => _get(settings);

    internal void Set(SupervisionSettings settings, decimal value) => _set(settings, value);

    /// <summary>The Chinese message for a value that breaks this field's rule, or null when it is valid.</summary>
    public string? Check(decimal value)
    {
        if (IsWhole && value != decimal.Truncate(value))
        {
            return $"“{Name}”必须为整数，当前为 {Format(value)}。";
        }
        var belowMin = _minExclusive ? value <= _min : value < _min;
        if (!belowMin && (_max is not { } max || value <= max))
        {
            return null;
        }
        if (_max is { } upper)
        {
            return $"“{Name}”应在 {Number(ToDisplay(_min))}–{Format(upper)}之间，当前为 {Format(value)}。";
        }
        return _minExclusive
            ? $"“{Name}”必须大于 {Format(_min)}，当前为 {Format(value)}。"
            : _min == 0
                ? $"“{Name}”不能为负数，当前为 {Format(value)}。"
                : $"“{Name}”至少为 {Format(_min)}，当前为 {Format(value)}。";
    }

    /// <summary>A value in this field's unit for people: 20%, 15 个工作日, 30 分钟, 0.</summary>
    public string Format(decimal value) => Unit switch
    {
        SettingUnit.Percent => $"{Number(value * 100)}%",
        SettingUnit.WorkingDays => $"{Number(value)} 个工作日",
        SettingUnit.Minutes => $"{Number(value)} 分钟",
        _ => Number(value),
    };

    /// <summary>The stored value as shown in a form (a percentage ×100).</summary>
    public decimal ToDisplay(decimal value) => Unit == SettingUnit.Percent ? value * 100 : value;

    public decimal FromDisplay(decimal value) => Unit == SettingUnit.Percent ? value / 100 : value;

    internal static string Number(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>A rule a value breaks; <see cref="Field"/> is a field key or, for a rule over a group, the section name.</summary>
public sealed record SettingError(string Field, string Message);

/// <summary>One field whose value differs between two revisions, formatted for people.</summary>
public sealed record SettingChange(string Field, string Name, string From, string To);
