namespace Supervision.Tests.Web.Components.Pages.Overview;

public sealed class AlertFeedListTests
{
    private static Alert A(string subject, int minute) =>
        new(AlertKind.ComplaintFiled, "370323001", subject, null, null, DateTimeOffset.UnixEpoch.AddMinutes(minute), subject);

    [Fact]
    public void Newest_incoming_alert_comes_first()
    {
        var merged = AlertFeedList.Merge([A("old", 1)], [A("a", 2), A("b", 3)]);

        Assert.Equal(["b", "a", "old"], merged.Select(a => a.Subject));
    }

    [Fact]
    public void An_alert_already_in_the_feed_is_not_repeated()
    {
        var merged = AlertFeedList.Merge([A("x", 1)], [A("x", 1)]);

        Assert.Single(merged);
    }

    [Fact]
    public void Feed_is_cut_to_its_size()
    {
        var merged = AlertFeedList.Merge([A("old", 1)], [A("a", 2), A("b", 3)], size: 2);

        Assert.Equal(["b", "a"], merged.Select(a => a.Subject));
    }
}
