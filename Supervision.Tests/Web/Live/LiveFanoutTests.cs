using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Figures;
using Supervision.Web.Live;

namespace Supervision.Tests.Web.Live;

public sealed class LiveFanoutTests
{
    private static readonly DateTimeOffset Start = new(2020, 6, 30, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Start);
    private readonly LiveFanout fanout;
    private readonly List<LiveUpdate> delivered = [];

    public LiveFanoutTests() => fanout = new LiveFanout(clock, NullLogger<LiveFanout>.Instance);

    [Fact]
    public void First_update_is_delivered_at_once()
    {
        fanout.Subscribe(null, Record);

        fanout.Publish(Update("370323001", waiting: 1, "K1"));

        Assert.Single(delivered);
    }

    [Fact]
    public void A_burst_within_the_interval_waits_for_it_and_arrives_as_one_merged_update()
    {
        fanout.Subscribe(null, Record);
        fanout.Publish(Update("370323001", waiting: 1, "K1"));

        fanout.Publish(Update("370323001", waiting: 2, "K2"));
        fanout.Publish(Update("370323001", waiting: 3, "K3"));
        fanout.Publish(Update("370323101", waiting: 7, "K4"));
        clock.Advance(LiveFanout.MinInterval - TimeSpan.FromMilliseconds(1));
        Assert.Single(delivered);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, delivered.Count);
        var merged = delivered[1];
        Assert.Equal(["K2", "K3", "K4"], merged.Alerts.Select(a => a.Subject.Split(':')[2]));
        Assert.Equal(3, merged.Halls["370323001"].Live.WaitingNow);
        Assert.Equal(7, merged.Halls["370323101"].Live.WaitingNow);
    }

    [Fact]
    public void Disposing_a_subscription_stops_delivery_including_what_was_pending()
    {
        var subscription = fanout.Subscribe(null, Record);
        fanout.Publish(Update("370323001", waiting: 1, "K1"));
        fanout.Publish(Update("370323001", waiting: 2, "K2"));

        subscription.Dispose();
        clock.Advance(TimeSpan.FromSeconds(5));
        fanout.Publish(Update("370323001", waiting: 3, "K3"));

        Assert.Single(delivered);
        Assert.Equal(0, fanout.SubscriberCount);
    }

    [Fact]
    public void A_town_subscriber_gets_only_its_town_and_nothing_when_nothing_is_about_it()
    {
        fanout.Subscribe("370323101", Record);

        fanout.Publish(Update("370323001", waiting: 1, "K1"));
        clock.Advance(TimeSpan.FromSeconds(1));
        fanout.Publish(Update("370323101", waiting: 4, "K2"));

        var only = Assert.Single(delivered);
        Assert.Equal(["370323101"], only.Halls.Keys);
        Assert.All(only.Alerts, a => Assert.Equal("370323101", a.Town));
    }

    [Fact]
    public void A_failing_subscriber_does_not_stop_the_others()
    {
        fanout.Subscribe(null, _ => throw new InvalidOperationException("断开的浏览器"));
        fanout.Subscribe(null, Record);

        fanout.Publish(Update("370323001", waiting: 1, "K1"));

        Assert.Single(delivered);
    }

    [Fact]
    public void After_a_quiet_interval_the_next_update_goes_out_at_once()
    {
        fanout.Subscribe(null, Record);
        fanout.Publish(Update("370323001", waiting: 1, "K1"));

        clock.Advance(LiveFanout.MinInterval);
        fanout.Publish(Update("370323001", waiting: 2, "K2"));

        Assert.Equal(2, delivered.Count);
    }

    private Task Record(LiveUpdate update)
    {
        delivered.Add(update);
        return Task.CompletedTask;
    }

    private LiveUpdate Update(string town, int waiting, string complaint)
    {
        var now = clock.GetUtcNow();
        var hall = new HallNow(town, new LiveHallState(town, waiting, null, 0, 0, 0), 0, 0, 0, now);
        var alert = new Alert(AlertKind.ComplaintFiled, town, $"complaint:{town}:{complaint}", null, null, now, "投诉");
        return new LiveUpdate(now, new Dictionary<string, HallNow> { [town] = hall }, [alert], new HashSet<string> { town });
    }
}
