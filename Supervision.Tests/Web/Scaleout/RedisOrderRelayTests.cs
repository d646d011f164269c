using System.Threading.Channels;
using Supervision.Tests.Support;
using Supervision.Tests.Support.Services;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>Two nodes' order relays on test.sh's Redis, in one process: each node has its own <see cref="OrderChanges"/>.</summary>
public sealed class RedisOrderRelayTests : IAsyncLifetime
{
    private readonly Node _a = new();
    private readonly Node _b = new();

    public async Task InitializeAsync()
    {
        if (ServiceAvailability.Redis is null)
        {
            return;
        }
        await _a.StartAsync();
        await _b.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [ScaleoutFact]
    public async Task An_order_closed_on_one_node_reaches_the_pages_of_the_other_and_is_not_sent_back()
    {
        var closed = new OrderChange(Random.Shared.NextInt64(1, long.MaxValue), "370323002", OrderState.Closed);
        var answered = closed with { OrderId = closed.OrderId + 1, State = OrderState.Answered };

        _a.Changes.Publish(closed);
        var onB = await _b.Seen.Reader.ReadWithinAsync(TimeSpan.FromSeconds(30));
        // B's own change travels the same way; it arrives at A after anything B relayed before it.
        _b.Changes.Publish(answered);
        var onA = new List<OrderChange>();
        while (onA.LastOrDefault()?.OrderId != answered.OrderId)
        {
            onA.Add(await _a.Seen.Reader.ReadWithinAsync(TimeSpan.FromSeconds(30)));
        }

        Assert.Equal(closed with { FromOtherNode = true }, onB);
        // A saw its own change once (no echo from B) and then B's.
        Assert.Equal([closed, answered with { FromOtherNode = true }], onA);
    }

    private sealed class Node : IAsyncDisposable
    {
        private RedisConnection? _redis;
        private RedisOrderRelay? _relay;

        public OrderChanges Changes { get; } = new();

        public Channel<OrderChange> Seen { get; } = System.Threading.Channels.Channel.CreateUnbounded<OrderChange>();

        public async Task StartAsync()
        {
            Changes.Changed += change => Seen.Writer.TryWrite(change);
            _redis = new RedisConnection(new RedisSettings(ServiceAvailability.Redis!), NullLoggerFactory.Instance);
            _relay = new RedisOrderRelay(_redis, Changes, TimeProvider.System, NullLogger<RedisOrderRelay>.Instance);
            await _relay.StartAsync(CancellationToken.None);
            await _relay.Subscribed.WaitAsync(TimeSpan.FromSeconds(30));
        }

        public async ValueTask DisposeAsync()
        {
            if (_relay is not null)
            {
                await _relay.StopAsync(CancellationToken.None);
                _relay.Dispose();
            }
            if (_redis is not null)
            {
                await _redis.DisposeAsync();
            }
        }
    }
}
