using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class TicketFoldTests
{
    [Fact]
    public void Served_ticket_measures_wait_and_service_in_seconds()
    {
        var record = TicketFold.Fold(Ticket("A001", "2020-09-01 09:00", called: "2020-09-01 09:05", finished: "2020-09-01 09:15"));

        Assert.Equal(300, record.WaitSeconds);
        Assert.Equal(600, record.ServiceSeconds);
        Assert.Equal(TicketStatus.Finished, record.Status);
        Assert.True(record.Served);
        Assert.Equal(Day("2020-09-01"), record.IssuedDay);
    }

    [Fact]
    public void Ticket_left_before_its_call_is_abandoned_without_a_wait()
    {
        var record = TicketFold.Fold(Ticket("A002", "2020-09-01 09:30", abandoned: "2020-09-01 09:50"));

        Assert.True(record.Abandoned);
        Assert.Null(record.WaitSeconds);
        Assert.Equal(TicketStatus.Abandoned, record.Status);
    }

    [Fact]
    public void Ticket_not_yet_called_is_waiting()
    {
        Assert.Equal(TicketStatus.Waiting, TicketFold.Fold(Ticket("A003", "2020-09-01 09:30")).Status);
    }
}
