using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events.Json;

/// <summary>
/// Reads the fields of one event object. A field that is wrong adds its reason to the event's problem
/// list and yields a placeholder, so that reading carries on and every problem of the event is reported
/// in one round trip; the caller drops the event if any problem was added. With <paramref name="rules"/>
/// (events from outside) identifiers are trimmed and checked for invisible characters and free text is
/// neutralised (<see cref="EventText"/>); without them (the store's own events) text is taken as it is.
/// </summary>
internal readonly struct EventFieldReader(JsonElement obj, List<string> problems, EventIngestRules? rules)
{
    public string Identifier(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return string.Empty;
        }
        return IdentifierValue(name, value, IdentifierKind.Required, allowEmpty: false) ?? string.Empty;
    }

    /// <summary>The event's id: an identifier with the contract's own wording for a wrong one.</summary>
    public string Id()
    {
        if (!obj.TryGetProperty("id", out var value))
        {
            problems.Add(EventReasons.Missing("id"));
            return string.Empty;
        }
        return IdentifierValue("id", value, IdentifierKind.Id, allowEmpty: false) ?? string.Empty;
    }

    private enum IdentifierKind { Id, Required, Optional }

    // Built only when a field is wrong: identifiers are read for every event of every batch.
    private static string BadIdentifier(string name, IdentifierKind kind) => kind switch
    {
        IdentifierKind.Id => EventReasons.BadId,
        IdentifierKind.Optional => EventReasons.BadOptionalIdentifier(name),
        _ => EventReasons.BadIdentifier(name),
    };

    /// <summary>The identifier in <paramref name="value"/>, or null with the reason added.</summary>
    private string? IdentifierValue(string name, JsonElement value, IdentifierKind kind, bool allowEmpty)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(BadIdentifier(name, kind));
            return null;
        }
        var text = value.GetString()!;
        if (rules is not null)
        {
            var trimmed = EventText.Trim(text);
            if (trimmed.Length == 0 && text.Length > 0 && !allowEmpty)
            {
                problems.Add(EventReasons.Blank(name));
                return null;
            }
            if (EventText.HasInvisible(trimmed))
            {
                problems.Add(EventReasons.InvisibleInIdentifier(name));
                return null;
            }
            text = trimmed;
        }
        if (text.Length <= EventReasons.MaxIdentifierLength && (allowEmpty || text.Length > 0))
            return text;
        problems.Add(BadIdentifier(name, kind));
        return null;
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
        return IdentifierValue(name, value, IdentifierKind.Optional, allowEmpty);
    }

    public string Text(string name)
    {
        if (!TryGet(name, out var value))
        {
            problems.Add(EventReasons.Missing(name));
            return string.Empty;
        }
        return TextValue(name, value, inList: false) ?? string.Empty;
    }

    /// <summary>Free text in <paramref name="value"/>, neutralised for events from outside; null with the reason added.</summary>
    private string? TextValue(string name, JsonElement value, bool inList)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(inList ? EventReasons.BadTextList(name) : EventReasons.BadText(name));
            return null;
        }
        var text = value.GetString()!;
        if (rules is not null)
        {
            var neutral = EventText.Neutralise(text);
            if (neutral.Length == 0 && text.Length > 0)
            {
                problems.Add(EventReasons.Blank(name));
                return null;
            }
            text = neutral;
        }
        if (text.Length is > 0 and <= EventReasons.MaxTextLength)
            return text;
        problems.Add(inList ? EventReasons.BadTextList(name) : EventReasons.BadText(name));
        return null;
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
            if (TextValue(name, element, inList: true) is not { } text)
                return [];
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

    /// <summary>An attendance date: for events from outside, within the configured window around the day of <paramref name="at"/>.</summary>
    public DateOnly AttendanceDate(string name, DateTimeOffset at)
    {
        var count = problems.Count;
        var date = Date(name);
        if (rules is not null && problems.Count == count && at != default)
        {
            // The day of at as the hall reported it, in its own offset.
            var day = DateOnly.FromDateTime(at.DateTime);
            var distance = Math.Abs(date.DayNumber - day.DayNumber);
            if (distance > rules.AttendanceDateWindowDays)
                problems.Add(EventReasons.AttendanceDateOutOfWindow(rules.AttendanceDateWindowDays));
        }
        return date;
    }

    /// <summary>
    /// An instant with an explicit offset. A naive local time would be read in the server's zone and
    /// silently shift every figure of that hall, so it is refused rather than guessed.
    /// </summary>
    public DateTimeOffset Instant(string name)
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
        if (rules is not null)
        {
            if (instant > rules.Now.AddMinutes(EventReasons.FutureToleranceMinutes))
                problems.Add(EventReasons.AtInFuture);
            else if (instant < EventIngestRules.EarliestAt)
                problems.Add(EventReasons.AtTooEarly);
        }
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
