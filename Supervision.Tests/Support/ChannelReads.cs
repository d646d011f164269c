using System.Threading.Channels;

namespace Supervision.Tests.Support;

/// <summary>
/// Bounded waits for the next message on a test's channel. The read is cancelled, not abandoned, when time
/// runs out: an abandoned <c>ReadAsync().AsTask().WaitAsync(timeout)</c> stays queued on the channel and
/// silently takes a later message from the next read.
/// </summary>
internal static class ChannelReads
{
    /// <summary>The next message; a <see cref="TimeoutException"/> when none arrives within <paramref name="limit"/>.</summary>
    public static async Task<T> ReadWithinAsync<T>(this ChannelReader<T> reader, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            return await reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No message arrived within {limit}.");
        }
    }

    /// <summary>Whether a message arrived within <paramref name="limit"/> (it is taken off the channel).</summary>
    public static async Task<bool> TryReadWithinAsync<T>(this ChannelReader<T> reader, TimeSpan limit)
    {
        try
        {
            await reader.ReadWithinAsync(limit);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
