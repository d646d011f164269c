namespace Supervision.Web.Live;

/// <summary>
/// The updates <see cref="LiveHubBridge"/> forwards to <c>/hubs/live</c>: those this node is responsible
/// for. On one node that is every update. With several nodes behind the Redis backplane a hub message
/// reaches every node's connections anyway, so each change is sent by one node only: commits by the
/// node that ingested them, the timer's alerts by the holder of <see cref="ILiveTickOwner"/>.
/// Coalesced like the notifier's own subscribers.
/// </summary>
public sealed class LiveHubFeed(TimeProvider time, ILogger<LiveFanout> logger)
{
    private readonly LiveFanout _fanout = new(time, logger);

    public IDisposable Subscribe(Func<LiveUpdate, Task> handler) => _fanout.Subscribe(town: null, handler);

    internal void Publish(LiveUpdate update) => _fanout.Publish(update);
}

/// <summary>Whether this node sends the timer's updates (deadlines passing) to the hub.</summary>
public interface ILiveTickOwner
{
    bool OwnsTicks { get; }
}

/// <summary>A single node owns everything.</summary>
internal sealed class SingleNodeTickOwner : ILiveTickOwner
{
    public bool OwnsTicks => true;
}
