namespace Supervision.Tests.Web.Live;

public sealed class LiveFanoutTests
{
    private static readonly DateTimeOffset Start = new(2020, 6, 30, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly LiveFanout _fanout;
    private readonly List<LiveUpdate> _delivered = [];

    public LiveFanoutTests() => _fanout = new LiveFanout(_clock, NullLogger<LiveFanout>.Instance);

    [Fact]
    public void First_update_is_delivered_at_once()
    {
        _fanout.Subscribe(null, Record);

        _fanout.Publish(Update("370323001", waiting: 1, "K1"));

        Assert.Single(_delivered);
    }

    [Fact]
    public void A_burst_within_the_interval_waits_for_it_and_arrives_as_one_merged_update()
    {
        _fanout.Subscribe(null, Record);
        _fanout.Publish(Update("370323001", waiting: 1, "K1"));

        _fanout.Publish(Update("370323001", waiting: 2, "K2"));
        _fanout.Publish(Update("370323001", waiting: 3, "K3"));
        _fanout.Publish(Update("370323101", waiting: 7, "K4"));
        _clock.Advance(LiveFanout.MinInterval - TimeSpan.FromMilliseconds(1));
        Assert.Single(_delivered);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, _delivered.Count);
        var merged = _delivered[1];
        Assert.Equal(["K2", "K3", "K4"], merged.Alerts.Select(a => a.Subject.Split(':')[2]));
        Assert.Equal(3, merged.Halls["370323001"].Live.WaitingNow);
        Assert.Equal(7, merged.Halls["370323101"].Live.WaitingNow);
    }

    [Fact]
    public void Disposing_a_subscription_stops_delivery_including_what_was_pending()
    {
        var subscription = _fanout.Subscribe(null, Record);
        _fanout.Publish(Update("370323001", waiting: 1, "K1"));
        _fanout.Publish(Update("370323001", waiting: 2, "K2"));

        subscription.Dispose();
        _clock.Advance(TimeSpan.FromSeconds(5));
        _fanout.Publish(Update("370323001", waiting: 3, "K3"));

        Assert.Single(_delivered);
        Assert.Equal(0, _fanout.SubscriberCount);
    }

    [Fact]
    public void A_town_subscriber_gets_only_its_town_and_nothing_when_nothing_is_about_it()
    {
        _fanout.Subscribe("370323101", Record);

        _fanout.Publish(Update("370323001", waiting: 1, "K1"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        _fanout.Publish(Update("370323101", waiting: 4, "K2"));

        var only = Assert.Single(_delivered);
        Assert.Equal(["370323101"], only.Halls.Keys);
        Assert.All(only.Alerts, a => Assert.Equal("370323101", a.Town));
    }

    [Fact]
    public void A_failing_subscriber_does_not_stop_the_others()
    {
        _fanout.Subscribe(null, _ => throw new InvalidOperationException("断开的浏览器"));
        _fanout.Subscribe(null, Record);

        _fanout.Publish(Update("370323001", waiting: 1, "K1"));

        Assert.Single(_delivered);
    }

    [Fact]
    public void After_a_quiet_interval_the_next_update_goes_out_at_once()
    {
        _fanout.Subscribe(null, Record);
        _fanout.Publish(Update("370323001", waiting: 1, "K1"));

        _clock.Advance(LiveFanout.MinInterval);
        _fanout.Publish(Update("370323001", waiting: 2, "K2"));

        Assert.Equal(2, _delivered.Count);
    }

    private Task Record(LiveUpdate update)
    {
        _delivered.Add(update);
        return Task.CompletedTask;
    }

    private LiveUpdate Update(string town, int waiting, string complaint)
    {
        var now = _clock.GetUtcNow();
        var hall = new HallNow(town, new LiveHallState(town, waiting, null, 0, 0, 0), 0, 0, 0, now);
        var alert = new Alert(AlertKind.ComplaintFiled, town, $"complaint:{town}:{complaint}", null, null, now, "投诉");
        return new LiveUpdate(now, new Dictionary<string, HallNow> { [town] = hall }, [alert], new HashSet<string> { town });
    }
}
