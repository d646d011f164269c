using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Orders;
using Supervision.Tests.Support;
using Supervision.Tests.Support.Services;
using Supervision.Web.Orders;
using Supervision.Web.Scaleout;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>Two nodes' order relays on test.sh's Redis, in one process: each node has its own <see cref="OrderChanges"/>.</summary>
public sealed class RedisOrderRelayTests : IAsyncLifetime
{
    private readonly Node a = new();
    private readonly Node b = new();

    public async Task InitializeAsync()
    {
        if (ServiceAvailability.Redis is null)
        {
            return;
        }
        await a.StartAsync();
        await b.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [ScaleoutFact]
    public async Task An_order_closed_on_one_node_reaches_the_pages_of_the_other_and_is_not_sent_back()
    {
        var closed = new OrderChange(Random.Shared.NextInt64(1, long.MaxValue), "370323002", OrderState.Closed);
        var answered = closed with { OrderId = closed.OrderId + 1, State = OrderState.Answered };

        a.Changes.Publish(closed);
        var onB = await b.Seen.Reader.ReadWithinAsync(TimeSpan.FromSeconds(30));
        // B's own change travels the same way; it arrives at A after anything B relayed before it.
        b.Changes.Publish(answered);
        var onA = new List<OrderChange>();
        while (onA.LastOrDefault()?.OrderId != answered.OrderId)
        {
            onA.Add(await a.Seen.Reader.ReadWithinAsync(TimeSpan.FromSeconds(30)));
        }

        Assert.Equal(closed with { FromOtherNode = true }, onB);
        // A saw its own change once (no echo from B) and then B's.
        Assert.Equal([closed, answered with { FromOtherNode = true }], onA);
    }

    private sealed class Node : IAsyncDisposable
    {
        private RedisConnection? redis;
        private RedisOrderRelay? relay;

        public OrderChanges Changes { get; } = new();

        public Channel<OrderChange> Seen { get; } = System.Threading.Channels.Channel.CreateUnbounded<OrderChange>();

        public async Task StartAsync()
        {
            Changes.Changed += change => Seen.Writer.TryWrite(change);
            redis = new RedisConnection(new RedisSettings(ServiceAvailability.Redis!), NullLoggerFactory.Instance);
            relay = new RedisOrderRelay(redis, Changes, TimeProvider.System, NullLogger<RedisOrderRelay>.Instance);
            await relay.StartAsync(CancellationToken.None);
            await relay.Subscribed.WaitAsync(TimeSpan.FromSeconds(30));
        }

        public async ValueTask DisposeAsync()
        {
            if (relay is not null)
            {
                await relay.StopAsync(CancellationToken.None);
                relay.Dispose();
            }
            if (redis is not null)
            {
                await redis.DisposeAsync();
            }
        }
    }
}
