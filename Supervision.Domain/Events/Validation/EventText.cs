using System.Buffers;

namespace Supervision.Domain.Events.Validation;

/// <summary>
/// What the ingestion boundary lets into the store as text. Identifiers are trimmed and must not be
/// blank or carry invisible characters (controls, bidirectional overrides and other formatting
/// characters), because an id that reads "evil" on screen while being "live" in the data cannot be
/// told apart by a person. Free text (reasons, materials) is neutralised instead of refused: line
/// breaks and tabs become a space and the invisible characters are dropped.
/// </summary>
internal static class EventText
{
    /// <summary>
    /// C0 and C1 controls, DEL, soft hyphen, the Arabic letter mark, the Mongolian vowel separator,
    /// zero-width and directional marks (U+200B–U+200F), line/paragraph separators and bidi
    /// embeddings/overrides (U+2028–U+202E), word joiner to bidi isolates and deprecated format
    /// characters (U+2060–U+206F), the byte-order mark and the interlinear annotation characters.
    /// Searched with <see cref="SearchValues{T}"/> so a clean field costs one vectorised scan.
    /// </summary>
    private static readonly SearchValues<char> Invisible = SearchValues.Create(BuildInvisible());

    private static string BuildInvisible()
    {
        var chars = new List<char>();
        AddRange(chars, '\u0000', '\u001F');
        AddRange(chars, '\u007F', '\u009F');
        chars.AddRange(['\u00AD', '\u061C', '\u180E']);
        AddRange(chars, '\u200B', '\u200F');
        AddRange(chars, '\u2028', '\u202E');
        AddRange(chars, '\u2060', '\u206F');
        chars.Add('\uFEFF');
        AddRange(chars, '\uFFF9', '\uFFFB');
        return new string([.. chars]);
    }

    private static void AddRange(List<char> chars, char first, char last)
    {
        for (var c = first; c <= last; c++)
            chars.Add(c);
    }

    public static bool HasInvisible(ReadOnlySpan<char> text) => text.IndexOfAny(Invisible) >= 0;

    /// <summary>The text without surrounding white space; the same instance when there is none.</summary>
    public static string Trim(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>
    /// Free text as it is stored: line breaks and tabs replaced by a space, other invisible characters
    /// removed, surrounding white space trimmed. Allocates only when something changes.
    /// </summary>
    public static string Neutralise(string text)
    {
        var first = text.AsSpan().IndexOfAny(Invisible);
        if (first < 0)
            return Trim(text);

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or '\u2028' or '\u2029')
                builder.Append(' ');
            else if (!Invisible.Contains(c))
                builder.Append(c);
        }
        return Trim(builder.ToString());
    }
}
