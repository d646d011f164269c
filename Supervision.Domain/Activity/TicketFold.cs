using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>Rebuilds a <see cref="TicketRecord"/> from all events of one ticket, in any arrival order.</summary>
public static class TicketFold
{
    public static TicketRecord Fold(IReadOnlyList<TicketEvent> events)
    {
        var sorted = EventOrder.Sorted(events);
        var record = new TicketRecord
        {
            Town = sorted[0].Town,
            Ticket = sorted[0].Ticket,
            EventCount = sorted.Count,
            LastEventAt = sorted[^1].At,
        };
        foreach (var e in sorted)
        {
            switch (e)
            {
                case TicketIssued issued when record.IssuedAt is null:
                    record.IssuedAt = issued.At;
                    record.Category = issued.Category;
                    break;
                case TicketCalled called:
                    record.CalledAt ??= called.At;
                    record.Window = called.Window;
                    record.Staff = called.Staff;
                    break;
                case TicketFinished:
                    record.FinishedAt ??= e.At;
                    break;
                case TicketAbandoned:
                    record.AbandonedAt ??= e.At;
                    break;
            }
        }

        record.IssuedDay = record.IssuedAt is { } issuedAt ? EventOrder.Local(issuedAt) : null;
        record.WaitSeconds = Seconds(record.IssuedAt, record.CalledAt);
        record.ServiceSeconds = Seconds(record.CalledAt, record.FinishedAt);
        record.Status = record.FinishedAt is not null ? TicketStatus.Finished
            : record.AbandonedAt is not null ? TicketStatus.Abandoned
            : record.CalledAt is not null ? TicketStatus.Called
            : TicketStatus.Waiting;
        return record;
    }

    // Hall clocks drift a little; a negative span is reported as zero rather than distort sums.
    private static long? Seconds(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t ? Math.Max(0, (long)(t - f).TotalSeconds) : null;
}
