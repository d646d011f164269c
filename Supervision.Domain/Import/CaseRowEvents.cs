using Supervision.Domain.Events;

namespace Supervision.Domain.Import;

/// <summary>
/// The contract v1 events a hall system would have sent for one imported case: the visits
/// (case.received; a first visit with its 一次性告知 when given), the acceptance or refusal, the
/// pause and resumption, the completion and the issuing, each only when the row says it happened.
/// </summary>
public static class CaseRowEvents
{
    public static IReadOnlyList<HallEvent> ToEvents(CaseRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var events = new List<HallEvent>(8);
        string Id(string step) => ImportEventIds.For(row.Town, row.CaseId, step);

        if (row.FirstReceivedAt is { } firstVisit)
        {
            events.Add(Receipt(row, Id(EventTypes.CaseReceived + "#first"), firstVisit));
            events.Add(new CaseSupplementRequested
            {
                Id = Id(EventTypes.CaseSupplementRequested), Town = row.Town, At = firstVisit, Case = row.CaseId, Materials = row.Materials,
            });
        }
        events.Add(Receipt(row, Id(EventTypes.CaseReceived), row.DecidedAt));

        if (row.RefusedAt is { } refusedAt)
        {
            events.Add(new CaseRefused
            {
                Id = Id(EventTypes.CaseRefused), Town = row.Town, At = refusedAt, Case = row.CaseId,
                Reason = row.RefusalReason!, ApprovedBy = row.ApprovedBy,
            });
            return events;
        }

        events.Add(new CaseAccepted
        {
            Id = Id(EventTypes.CaseAccepted), Town = row.Town, At = row.AcceptedAt!.Value, Case = row.CaseId,
            Item = row.Item, Window = row.Window, Staff = row.Staff, Channel = row.Channel,
        });
        if (row.PausedAt is { } pausedAt)
        {
            events.Add(new CasePaused { Id = Id(EventTypes.CasePaused), Town = row.Town, At = pausedAt, Case = row.CaseId, Reason = row.PauseReason! });
        }
        if (row.ResumedAt is { } resumedAt)
        {
            events.Add(new CaseResumed { Id = Id(EventTypes.CaseResumed), Town = row.Town, At = resumedAt, Case = row.CaseId });
        }
        if (row.CompletedAt is { } completedAt)
        {
            events.Add(new CaseCompleted { Id = Id(EventTypes.CaseCompleted), Town = row.Town, At = completedAt, Case = row.CaseId, Outcome = row.Outcome!.Value });
        }
        if (row.IssuedAt is { } issuedAt)
        {
            events.Add(new CaseIssued
            {
                Id = Id(EventTypes.CaseIssued), Town = row.Town, At = issuedAt, Case = row.CaseId,
                Window = row.IssueWindow ?? row.Window, Method = row.IssueMethod,
            });
        }
        return events;
    }

    private static CaseReceived Receipt(CaseRow row, string id, DateTimeOffset at) => new()
    {
        Id = id, Town = row.Town, At = at, Case = row.CaseId, Item = row.Item, Window = row.Window, Staff = row.Staff, Channel = row.Channel,
    };
}
