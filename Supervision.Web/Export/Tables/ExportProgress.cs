namespace Supervision.Web.Export.Tables;

/// <summary>
/// How far the exports being streamed by this node have got, by the ticket the page put in the download's
/// address (<c>progress=</c>), so the page can show a progress bar while the browser receives the file.
/// A download served by another node is simply not found here: the page then says the file is on its way.
/// </summary>
public sealed class ExportProgress
{
    /// <summary>Tickets kept at most; finished ones are dropped first when more arrive (a page that was closed never asks again).</summary>
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <param name="Rows">Rows written so far.</param>
    /// <param name="Done">The whole file has been written.</param>
    /// <param name="Failed">The export stopped (an error, or the download was cancelled).</param>
    public sealed record State(int Rows, bool Done, bool Failed);

    private sealed class Entry
    {
        public int Rows;
        public volatile bool Done;
        public volatile bool Failed;
    }

    public static string NewTicket() => Guid.NewGuid().ToString("N");

    /// <summary>A ticket is 32 hex digits (<see cref="NewTicket"/>); anything else is not tracked.</summary>
    public static bool IsTicket(string? text) => text is { Length: 32 } && text.All(char.IsAsciiHexDigitLower);

    public State? Read(string ticket) =>
        _entries.TryGetValue(ticket, out var e) ? new State(Volatile.Read(ref e.Rows), e.Done, e.Failed) : null;

    public void Forget(string ticket) => _entries.TryRemove(ticket, out _);

    /// <summary>Counts <paramref name="source"/>'s rows under <paramref name="ticket"/> as they are written.</summary>
    public ExportSource Track(string ticket, ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_entries.Count >= MaxEntries)
        {
            foreach (var old in _entries.Where(e => e.Value.Done || e.Value.Failed).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(old, out _);
            }
        }
        var entry = _entries[ticket] = new Entry();
        return source.Observed(() => Interlocked.Increment(ref entry.Rows), failed => (entry.Done, entry.Failed) = (!failed, failed));
    }
}
