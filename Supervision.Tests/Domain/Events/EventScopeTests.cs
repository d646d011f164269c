using Supervision.Domain.Events;
using Supervision.Domain.Events.Validation;

namespace Supervision.Tests.Domain.Events;

public sealed class EventScopeTests
{
    private static CaseResumed Resumed(string id, string town) =>
        new() { Id = id, Town = town, At = EventSamples.At, Case = "C1" };

    [Fact]
    public void Events_of_another_town_than_the_keys_are_out_of_scope()
    {
        HallEvent[] events = [Resumed("a", "370323001"), Resumed("b", "370323002"), Resumed("c", "370323001")];

        var errors = EventScope.OutOfScope(events, "370323001");

        Assert.Equal(new EventError(1, "b", "无权上报镇街 \"370323002\" 的事件：该 API 密钥仅限镇街 370323001"), Assert.Single(errors));
    }

    [Fact]
    public void County_wide_key_has_no_out_of_scope_events()
    {
        HallEvent[] events = [Resumed("a", "370323001"), Resumed("b", "370323002")];

        Assert.Empty(EventScope.OutOfScope(events, townScope: null));
    }
}
