namespace Supervision.Domain.Events.Validation;

/// <summary>Shared checks behind <see cref="HallEvent.GetInvariantViolations"/>.</summary>
internal static class EventInvariants
{
    /// <summary>1–64 characters, not blank, no invisible characters (<see cref="EventText"/>): what the reader lets in.</summary>
    public static bool IsIdentifier(string? value) =>
        value is { Length: > 0 and <= EventReasons.MaxIdentifierLength }
        && !value.AsSpan().IsWhiteSpace()
        && !EventText.HasInvisible(value);

    public static void Identifier(List<string> problems, string field, string? value)
    {
        if (!IsIdentifier(value))
            problems.Add(EventReasons.BadIdentifier(field));
    }

    public static void Enum<TEnum>(List<string> problems, string field, TEnum value, IReadOnlyDictionary<string, TEnum> map)
        where TEnum : struct, Enum
    {
        if (!map.Values.Contains(value))
            problems.Add(EventReasons.BadEnum(field, value.ToString(), map));
    }
}
