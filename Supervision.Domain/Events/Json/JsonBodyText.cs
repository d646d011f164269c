using System.Text.Unicode;

namespace Supervision.Domain.Events.Json;

/// <summary>
/// Text checks of a whole request body that the JSON parser leaves to later reads: it accepts invalid
/// UTF-8 inside strings and escaped lone surrogates (<c>"\ud800"</c>) anywhere — in values and property
/// names — and only reading such a string throws. One pass before parsing turns both into a refusal
/// of the body. Clean bodies cost a vectorised UTF-8 check and a vectorised search for backslashes.
/// </summary>
internal static class JsonBodyText
{
    /// <returns>The offset of the first invalid UTF-8 byte, or -1.</returns>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> body)
    {
        if (Utf8.IsValid(body))
            return -1;
        var offset = 0;
        while (offset < body.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return -1;
    }

    /// <returns>The offset of the first <c>\u</c> escape of a surrogate that is not half of a pair, or -1.</returns>
    public static int FirstLoneSurrogateEscape(ReadOnlySpan<byte> body)
    {
        var i = 0;
        while (i < body.Length)
        {
            var next = body[i..].IndexOf((byte)'\\');
            if (next < 0)
                return -1;
            i += next;
            // An escape is a backslash and one character ("\\", "\"", "\n" …) or "\uXXXX"; skipping whole
            // escapes keeps "\\ud800" (an escaped backslash, then text) from being read as an escape.
            if (!TryHexEscape(body, i, out var unit))
            {
                i += 2;
                continue;
            }
            if (char.IsLowSurrogate(unit))
                return i;
            if (char.IsHighSurrogate(unit))
            {
                if (!TryHexEscape(body, i + 6, out var low) || !char.IsLowSurrogate(low))
                    return i;
                i += 12;
                continue;
            }
            i += 6;
        }
        return -1;
    }

    /// <summary>Reads <c>\uXXXX</c> at <paramref name="at"/>; false for any other escape, or a malformed one (the parser refuses that).</summary>
    private static bool TryHexEscape(ReadOnlySpan<byte> body, int at, out char unit)
    {
        unit = '\0';
        if (at + 6 > body.Length || body[at] != '\\' || body[at + 1] != 'u')
            return false;
        var value = 0;
        for (var k = at + 2; k < at + 6; k++)
        {
            var digit = HexValue(body[k]);
            if (digit < 0)
                return false;
            value = (value << 4) | digit;
        }
        unit = (char)value;
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
