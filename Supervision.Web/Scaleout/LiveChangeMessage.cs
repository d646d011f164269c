using Supervision.Web.Data.Changes;

namespace Supervision.Web.Scaleout;

/// <summary>
/// What travels over Redis after a commit: which node committed, the towns and subjects the batch
/// rewrote, and when (the id lets a node apply each message once). Small on purpose: each node re-reads the rest from the shared database.
/// </summary>
public sealed record LiveChangeMessage(Guid Id, string Node, string[] Towns, string[] Subjects, int Stored, DateTimeOffset CommittedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LiveChangeMessage From(string node, IngestionCommitted change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(Guid.NewGuid(), node, [.. change.Towns], [.. change.Subjects], change.Stored, change.CommittedAt);
    }

    public IngestionCommitted ToCommitted() => new(
        Towns.ToHashSet(StringComparer.Ordinal), Subjects.ToHashSet(StringComparer.Ordinal), Stored, CommittedAt);

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <returns>Null for anything that is not a well-formed message (another version, a stray publish).</returns>
    public static LiveChangeMessage? TryParse(ReadOnlySpan<byte> payload)
    {
        try
        {
            var message = JsonSerializer.Deserialize<LiveChangeMessage>(payload, Json);
            return message is { Node.Length: > 0, Towns: not null, Subjects: not null } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
