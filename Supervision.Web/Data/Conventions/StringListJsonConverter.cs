using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Supervision.Web.Data.Conventions;

/// <summary>
/// Stores a list of strings as a JSON array in a text column. Used instead of EF's primitive
/// collections because those map to <c>text[]</c> on PostgreSQL and JSON on SQLite; one text
/// representation keeps both providers and raw SQL alike.
/// </summary>
public sealed class StringListJsonConverter() : ValueConverter<List<string>, string>(
    list => JsonSerializer.Serialize(list, Options),
    json => Deserialize(json))
{
    // Chinese material names stay readable in the database instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static List<string> Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];
}

/// <summary>Lets the change tracker see edits inside the list (not only a replaced list).</summary>
public sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
    list => list.ToList());
