using Supervision.Domain.Events;
using Supervision.Domain.Events.Validation;

namespace Supervision.Tests.Domain.Events;

public sealed class HallDayPlausibilityTests
{
    private static readonly HallDayLimits Limits = new(TicketsPerDay: 3, CasesPerDay: 2);
    private static readonly DateTimeOffset Morning = new(2020, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Tickets_and_accepted_cases_are_counted_per_town_and_beijing_day()
    {
        var counts = HallDayPlausibility.Count(
        [
            Ticket("t1", Morning),
            Ticket("t2", new DateTimeOffset(2020, 6, 1, 16, 30, 0, TimeSpan.Zero)), // 00:30 on 2 June in Beijing
            Accepted("c1", Morning),
            new CaseResumed { Id = "r1", Town = "370323001", At = Morning, Case = "C1" },
        ]);

        Assert.Equal(
            [(("370323001", new DateOnly(2020, 6, 1)), new HallDayCount(1, 1)), (("370323001", new DateOnly(2020, 6, 2)), new HallDayCount(1, 0))],
            counts.OrderBy(c => c.Key.Day).Select(c => (c.Key, c.Value)));
    }

    [Fact]
    public void A_batch_is_implausible_when_it_takes_stored_and_new_cases_of_a_hall_day_beyond_the_limit()
    {
        var day = ("370323001", new DateOnly(2020, 6, 1));
        var batch = HallDayPlausibility.Count([Accepted("c1", Morning)]);

        var within = HallDayPlausibility.Check(batch, new Dictionary<(string, DateOnly), HallDayCount> { [day] = new(0, 1) }, Limits);
        var beyond = HallDayPlausibility.Check(batch, new Dictionary<(string, DateOnly), HallDayCount> { [day] = new(0, 2) }, Limits);

        Assert.Empty(within);
        Assert.Equal("镇街 370323001 2020-06-01 的受理办件数将达到 3（已存储 2，本批 1），超过单个大厅每日合理上限 2", Assert.Single(beyond).Reason);
    }

    private static TicketIssued Ticket(string id, DateTimeOffset at) =>
        new() { Id = id, Town = "370323001", At = at, Ticket = id, Category = "综合受理" };

    private static CaseAccepted Accepted(string id, DateTimeOffset at) =>
        new() { Id = id, Town = "370323001", At = at, Case = id, Item = "RS-002", Window = "370323001-01", Staff = "370323001-S02", Channel = CaseChannel.Onsite };
}
