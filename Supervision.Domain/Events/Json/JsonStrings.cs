using System.Text.Json;

namespace Supervision.Domain.Events.Json;

/// <summary>
/// JSON lets a body escape a lone surrogate (<c>"\ud800"</c>), which is no Unicode text; the parser
/// accepts it and only <see cref="JsonElement.GetString"/> throws. Every string the reader takes
/// from a body goes through here so such a value becomes a reason, never an unhandled exception.
/// </summary>
internal static class JsonStrings
{
    /// <param name="value">A JSON string.</param>
    public static bool TryGet(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }
}
