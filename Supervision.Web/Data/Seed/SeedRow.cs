namespace Supervision.Web.Data.Seed;

/// <summary>
/// One record of a seed file (a CSV data row or a JSON array element). The typed readers record a
/// located error and return a default when a value is missing or malformed, so a whole file is
/// checked in one pass.
/// </summary>
internal abstract class SeedRow(string label, SeedErrors errors)
{
    public string Label { get; } = label;

    protected SeedErrors Errors { get; } = errors;

    /// <summary>True when the record as a whole is unusable and its error is already recorded.</summary>
    protected virtual bool IsBroken => false;

    /// <summary>The value as text, trimmed; null or empty when absent.</summary>
    protected abstract string? Raw(string field);

    public void Error(string? field, string problem) => Errors.Add(Label, field, problem);

    public string Text(string field, int maxLength)
    {
        var value = Raw(field);
        if (string.IsNullOrEmpty(value))
        {
            Missing(field);
            return "";
        }
        if (value.Length > maxLength)
        {
            Error(field, $"长度 {value.Length} 超过上限 {maxLength}");
        }
        return value;
    }

    public bool Bool(string field) => Required(field) switch
    {
        null => false,
        var v when bool.TryParse(v, out var b) => b,
        var v => Invalid(field, $"\"{v}\" 不是 true 或 false", false),
    };

    public int NonNegativeInt(string field) => Required(field) switch
    {
        null => 0,
        var v when int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        var v => Invalid(field, $"\"{v}\" 不是非负整数", 0),
    };

    public DateOnly Date(string field) => Required(field) is { } v ? ParseDate(field, v) ?? default : default;

    public DateOnly? OptionalDate(string field) => Raw(field) is { Length: > 0 } v ? ParseDate(field, v) : null;

    public T Term<T>(string field, IReadOnlyDictionary<string, T> vocabulary) where T : struct, Enum
    {
        var value = Required(field);
        if (value is null)
        {
            return default;
        }
        return vocabulary.TryGetValue(value, out var term)
            ? term
            : Invalid(field, $"未知取值 \"{value}\"，可选：{string.Join('、', vocabulary.Keys)}", default(T));
    }

    private string? Required(string field)
    {
        var value = Raw(field);
        if (string.IsNullOrEmpty(value))
        {
            Missing(field);
            return null;
        }
        return value;
    }

    private DateOnly? ParseDate(string field, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Invalid<DateOnly?>(field, $"\"{value}\" 不是有效日期，应为 yyyy-MM-dd", null);

    private void Missing(string field)
    {
        if (!IsBroken)
        {
            Error(field, "缺少必填值");
        }
    }

    private TValue Invalid<TValue>(string field, string problem, TValue fallback)
    {
        Error(field, problem);
        return fallback;
    }
}

internal sealed class CsvRow(string label, IReadOnlyDictionary<string, int> positions, IReadOnlyList<string>? fields, SeedErrors errors)
    : SeedRow(label, errors)
{
    protected override bool IsBroken => fields is null;

    protected override string? Raw(string field) =>
        fields is not null && positions.TryGetValue(field, out var i) && i >= 0 ? fields[i].Trim() : null;
}
