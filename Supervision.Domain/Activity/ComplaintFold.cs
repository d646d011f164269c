using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>
/// Rebuilds a <see cref="ComplaintRecord"/> from all events of one complaint. Response and
/// resolution are due at closing time of the N-th working day after filing (<see cref="ActivityRules"/>).
/// </summary>
public static class ComplaintFold
{
    public static ComplaintRecord Fold(IReadOnlyList<ComplaintEvent> events, ActivityContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var sorted = EventOrder.Sorted(events);
        var record = new ComplaintRecord
        {
            Town = sorted[0].Town,
            ComplaintId = sorted[0].Complaint,
            EventCount = sorted.Count,
            LastEventAt = sorted[^1].At,
        };
        foreach (var e in sorted)
        {
            switch (e)
            {
                case ComplaintFiled filed when record.FiledAt is null:
                    record.FiledAt = filed.At;
                    record.CaseId = filed.Case;
                    record.Category = filed.Category;
                    record.Channel = filed.Channel;
                    break;
                case ComplaintResponded when record.RespondedAt is null:
                    record.RespondedAt = e.At;
                    break;
                case ComplaintResolved resolved when record.ResolvedAt is null:
                    record.ResolvedAt = resolved.At;
                    record.Substantiated = resolved.Substantiated;
                    break;
                case ComplaintFollowedUp followedUp when record.FollowedUpAt is null:
                    record.FollowedUpAt = followedUp.At;
                    record.FollowUpSatisfied = followedUp.Satisfied;
                    break;
            }
        }

        if (record.FiledAt is not { } filedAt)
        {
            return record;
        }
        var calendar = ctx.Calendar;
        record.FiledDay = EventOrder.Local(filedAt);
        record.RespondDue = calendar.Deadline(filedAt, ctx.Rules.ComplaintRespondDays);
        record.RespondDueDay = EventOrder.Local(record.RespondDue.Value);
        record.RespondedOnTime = record.RespondedAt is { } respondedAt ? respondedAt <= record.RespondDue : null;
        record.ResolveDue = calendar.Deadline(filedAt, ctx.Rules.ComplaintResolveDays);
        record.ResolveDueDay = EventOrder.Local(record.ResolveDue.Value);
        record.ResolvedOnTime = record.ResolvedAt is { } resolvedAt ? resolvedAt <= record.ResolveDue : null;
        return record;
    }
}
