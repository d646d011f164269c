using System.Globalization;
using Supervision.Domain.Calendar;
using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Domain.Activity;

/// <summary>
/// Rebuilds a <see cref="CaseRecord"/> from all events of one case. A pure function of the set of
/// events: late or out-of-order events are handled by folding again, and a case seen only in part
/// (say completed before its acceptance arrived) carries what is known until the rest arrives.
/// The first acceptance, completion, issue and refusal count; repeats are ignored.
/// </summary>
public static class CaseFold
{
    public static CaseRecord Fold(IReadOnlyList<CaseEvent> events, ActivityContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var sorted = EventOrder.Sorted(events);
        var record = new CaseRecord
        {
            Town = sorted[0].Town,
            CaseId = sorted[0].Case,
            EventCount = sorted.Count,
            LastEventAt = sorted[^1].At,
        };

        CaseReceived? lastReceipt = null;
        CaseAccepted? acceptance = null;
        DateTimeOffset? lastSupplementAt = null;
        DateTimeOffset? pauseStart = null;
        var pauses = new List<InstantRange>();
        var visitDays = new List<DateOnly>();

        foreach (var e in sorted)
        {
            switch (e)
            {
                case CaseReceived received:
                    lastReceipt = received;
                    record.FirstReceivedAt ??= received.At;
                    if (received.Channel != CaseChannel.Online)
                    {
                        record.Visits++;
                        visitDays.Add(EventOrder.Local(received.At));
                    }
                    break;
                case CaseSupplementRequested:
                    record.SupplementRequests++;
                    lastSupplementAt = e.At;
                    break;
                case CaseAccepted accepted:
                    acceptance ??= accepted;
                    break;
                case CaseTransferred transferred:
                    record.TransferredTo = transferred.Department;
                    break;
                case CasePaused:
                    pauseStart ??= e.At;
                    break;
                case CaseResumed when pauseStart is not null:
                    pauses.Add(new InstantRange(pauseStart.Value, e.At));
                    pauseStart = null;
                    break;
                case CaseEscalated:
                    record.Escalated = true;
                    break;
                case CaseCompleted completed when record.CompletedAt is null:
                    record.CompletedAt = completed.At;
                    record.Outcome = completed.Outcome;
                    break;
                case CaseIssued issued when record.IssuedAt is null:
                    record.IssuedAt = issued.At;
                    record.IssueMethod = issued.Method;
                    break;
                case CaseRefused refused when !record.Refused:
                    record.Refused = true;
                    record.RefusedAt = refused.At;
                    record.RefusalReason = refused.Reason;
                    record.RefusalApprovedBy = refused.ApprovedBy;
                    record.RefusalViolation = refused.IsViolation;
                    break;
            }
        }

        record.VisitDays = string.Join(',', visitDays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        record.ReceivedDay = record.FirstReceivedAt is { } firstReceived ? EventOrder.Local(firstReceived) : null;
        record.CompletedDay = record.CompletedAt is { } completedAt ? EventOrder.Local(completedAt) : null;
        record.RefusedDay = record.RefusedAt is { } refusedAt ? EventOrder.Local(refusedAt) : null;

        record.ItemCode = acceptance?.Item ?? lastReceipt?.Item;
        record.Channel = acceptance?.Channel ?? lastReceipt?.Channel;
        if (record.ItemCode is not null && ctx.Catalog.FindItem(record.ItemCode) is { } item)
        {
            record.PromisedDays = item.PromisedDays;
            record.IsInstant = item.IsInstant;
        }

        if (acceptance is not null)
        {
            ApplyAcceptance(record, acceptance, ctx);
        }
        ApplyClock(record, pauses, pauseStart, ctx.Calendar);
        record.OneTrip = record.CompletedAt is not null && record.Visits <= 1;
        record.Status = StatusOf(record, lastReceipt, lastSupplementAt);
        return record;
    }

    private static void ApplyAcceptance(CaseRecord record, CaseAccepted acceptance, ActivityContext ctx)
    {
        record.AcceptedAt = acceptance.At;
        record.AcceptedDay = EventOrder.Local(acceptance.At);
        record.AcceptedWindow = acceptance.Window;
        record.AcceptedStaff = acceptance.Staff;
        record.AcceptedWindowKind = ctx.Catalog.FindWindow(acceptance.Window)?.Kind;
        record.AcceptedAtComprehensive = record.AcceptedWindowKind == WindowKind.Comprehensive;
    }

    // Pauses only stop a running clock: they are clipped to [accepted, completed], and a pause still
    // open at completion ends there. Before acceptance is known no pause can be placed, so none counts.
    private static void ApplyClock(CaseRecord record, List<InstantRange> closedPauses, DateTimeOffset? openPauseStart, WorkingCalendar calendar)
    {
        if (record.AcceptedAt is not { } acceptedAt)
        {
            return;
        }
        var end = record.CompletedAt ?? DateTimeOffset.MaxValue;
        var spans = new List<InstantRange>(closedPauses);
        if (openPauseStart is { } openStart)
        {
            if (record.CompletedAt is { } completedAt)
            {
                spans.Add(new InstantRange(openStart, completedAt));
            }
            else
            {
                record.IsPaused = true;
                record.PausedSince = Max(openStart, acceptedAt);
            }
        }
        var clipped = spans
            .Select(s => new InstantRange(Max(s.Start, acceptedAt), Min(s.End, end)))
            .Where(s => s.End > s.Start)
            .ToList();
        var paused = clipped.Aggregate(TimeSpan.Zero, (sum, s) => sum + calendar.WorkingTimeBetween(s.Start, s.End));
        record.PausedWorkingHours = paused.TotalHours;

        if (record.PromisedDays is { } promised)
        {
            record.Deadline = calendar.Deadline(acceptedAt, promised, clipped);
        }
        if (record.CompletedAt is not { } completed)
        {
            return;
        }
        var processing = calendar.WorkingDaysBetween(acceptedAt, completed) - paused / calendar.Hours.Length;
        record.ProcessingWorkingDays = Math.Round(Math.Max(0, processing), 6);
        if (record.Deadline is { } deadline)
        {
            record.CompletedOnTime = completed <= deadline;
            record.CompletedLate = completed > deadline;
        }
        record.InstantSameDay = record.IsInstant && record.CompletedDay == record.AcceptedDay;
    }

    private static CaseStatus StatusOf(CaseRecord record, CaseReceived? lastReceipt, DateTimeOffset? lastSupplementAt)
    {
        if (record.IssuedAt is not null) return CaseStatus.Issued;
        if (record.CompletedAt is not null) return CaseStatus.Completed;
        if (record.Refused) return CaseStatus.Refused;
        if (record.Escalated) return CaseStatus.Escalated;
        if (record.IsPaused) return CaseStatus.Paused;
        if (record.TransferredTo is not null) return CaseStatus.Transferred;
        if (record.AcceptedAt is not null) return CaseStatus.Accepted;
        if (lastSupplementAt is { } supplementAt && (lastReceipt is null || supplementAt >= lastReceipt.At))
        {
            return CaseStatus.AwaitingSupplement;
        }
        return CaseStatus.Received;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
