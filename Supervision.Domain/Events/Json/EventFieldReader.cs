using System.Globalization;
using System.Text.Json;
using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events.Json;

/// <summary>
/// Reads the fields of one event object. A field that is wrong adds its reason to the event's problem
/// list and yields a placeholder, so that reading carries on and every problem of the event is reported
/// in one round trip; the caller drops the event if any problem was added.
/// </summary>
internal readonly struct EventFieldReader(JsonElement obj, List<string> problems)
{
    public string Identifier(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return string.Empty;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (text.Length is > 0 and <= EventReasons.MaxIdentifierLength)
                return text;
        }
        problems.Add(EventReasons.BadIdentifier(name));
        return string.Empty;
    }

    /// <summary>Absent, null and blank all mean "not given" (null); other text must be at most 500 characters.</summary>
    public string? OptionalText(string name)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (text.Length <= EventReasons.MaxTextLength)
                return string.IsNullOrWhiteSpace(text) ? null : text;
        }
        problems.Add(EventReasons.BadText(name));
        return null;
    }

    /// <summary>Absent and null both mean "not given"; an empty string is kept when <paramref name="allowEmpty"/>.</summary>
    public string? OptionalIdentifier(string name, bool allowEmpty = false)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (text.Length <= EventReasons.MaxIdentifierLength && (allowEmpty || text.Length > 0))
                return text;
        }
        problems.Add(EventReasons.BadOptionalIdentifier(name));
        return null;
    }

    public string Text(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return string.Empty;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (text.Length is > 0 and <= EventReasons.MaxTextLength)
                return text;
        }
        problems.Add(EventReasons.BadText(name));
        return string.Empty;
    }

    public IReadOnlyList<string> TextList(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            if (required)
                problems.Add(EventReasons.Missing(name));
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(EventReasons.BadTextList(name));
            return [];
        }
        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
            if (text is null || text.Length is 0 or > EventReasons.MaxTextLength)
            {
                problems.Add(EventReasons.BadTextList(name));
                return [];
            }
            items[i++] = text;
        }
        if (required && items.Length == 0)
            problems.Add(EventReasons.EmptyTextList(name));
        return items;
    }

    public bool Boolean(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return false;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        problems.Add(EventReasons.BadBoolean(name));
        return false;
    }

    /// <summary>The review level, or null when it is missing or not 1–5.</summary>
    public int? Level(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var level) && level is >= 1 and <= 5)
            return level;
        problems.Add(EventReasons.BadLevel);
        return null;
    }

    public TEnum Enum<TEnum>(string name, IReadOnlyDictionary<string, TEnum> map) where TEnum : struct, Enum
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return default;
        }
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (value.ValueKind == JsonValueKind.String && map.TryGetValue(text, out var parsed))
            return parsed;
        problems.Add(EventReasons.BadEnum(name, text, map));
        return default;
    }

    public DateOnly Date(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return default;
        }
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add(EventReasons.BadDate);
        return default;
    }

    /// <summary>
    /// An instant with an explicit offset. A naive local time would be read in the server's zone and
    /// silently shift every figure of that hall, so it is refused rather than guessed.
    /// </summary>
    public DateTimeOffset Instant(string name, DateTimeOffset? now)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return default;
        }
        if (value.ValueKind != JsonValueKind.String
            || !value.TryGetDateTimeOffset(out var instant)
            || !HasExplicitOffset(value.GetString()!))
        {
            problems.Add(EventReasons.BadAt);
            return default;
        }
        if (now is { } current && instant > current.AddMinutes(EventReasons.FutureToleranceMinutes))
            problems.Add(EventReasons.AtInFuture);
        return instant;
    }

    private bool TryGet(string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    // Only the time part can carry 'Z', '+' or '-'; the date part's hyphens come before the 'T'.
    private static bool HasExplicitOffset(string text)
    {
        var t = text.IndexOfAny(['T', 't']);
        return t >= 0 && text.AsSpan(t + 1).IndexOfAny("Zz+-") >= 0;
    }
}
