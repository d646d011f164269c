using Supervision.Domain.Calendar;
using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Domain.Activity;

/// <summary>
/// Rebuilds a <see cref="CaseRecord"/> from all events of one case. A pure function of the set of
/// events: late or out-of-order events are handled by folding again, and a case seen only in part
/// (say completed before its acceptance arrived) carries what is known until the rest arrives.
/// The first acceptance, completion, issue, escalation and refusal count; repeats are ignored, except
/// that an acceptance after the refusal overturns it (the case is open again, on its first acceptance's clock).
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
        CasePaused? pauseStart = null;
        var pauses = new List<PauseSpan>();
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
                    if (record.Refused)
                    {
                        record.Refused = false;
                        record.RefusalOverturned = true;
                    }
                    break;
                case CaseTransferred transferred:
                    record.TransferredTo = transferred.Department;
                    break;
                case CasePaused paused:
                    pauseStart ??= paused;
                    break;
                case CaseResumed when pauseStart is not null:
                    pauses.Add(new PauseSpan(new InstantRange(pauseStart.At, e.At), pauseStart.ReceivedAt));
                    pauseStart = null;
                    break;
                case CaseEscalated when !record.Escalated:
                    record.Escalated = true;
                    record.EscalatedAt = e.At;
                    break;
                case CaseCompleted completed when record.CompletedAt is null:
                    record.CompletedAt = completed.At;
                    record.Outcome = completed.Outcome;
                    break;
                case CaseIssued issued when record.IssuedAt is null:
                    record.IssuedAt = issued.At;
                    record.IssueMethod = issued.Method;
                    break;
                case CaseRefused refused when record.RefusedAt is null:
                    record.Refused = true;
                    record.RefusedAt = refused.At;
                    record.RefusalReason = refused.LacksReason ? null : refused.Reason;
                    record.RefusalWithoutReason = refused.LacksReason;
                    record.RefusalApprovedBy = refused.ApprovedBy;
                    record.RefusalViolation = refused.IsViolation;
                    break;
            }
        }

        record.VisitDays = string.Join(',', visitDays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        record.ReceivedDay = record.FirstReceivedAt is { } firstReceived ? EventOrder.Local(firstReceived) : null;
        record.CompletedDay = record.CompletedAt is { } completedAt ? EventOrder.Local(completedAt) : null;
        record.RefusedDay = record.RefusedAt is { } refusedAt ? EventOrder.Local(refusedAt) : null;
        record.EscalatedDay = record.EscalatedAt is { } escalatedAt ? EventOrder.Local(escalatedAt) : null;

        record.ItemCode = acceptance?.Item ?? lastReceipt?.Item;
        record.Channel = acceptance?.Channel ?? lastReceipt?.Channel;
        // The limits in force when the case was accepted (or first received) judge it, whatever the catalogue says today.
        var termsDay = EventOrder.Local(acceptance?.At ?? record.FirstReceivedAt ?? sorted[0].At);
        if (record.ItemCode is not null && ctx.Catalog.FindItem(record.ItemCode, termsDay) is { } item)
        {
            record.PromisedDays = item.PromisedDays;
            record.IsInstant = item.IsInstant;
            record.PreReviewOnly = item.PreReviewOnly;
        }
        else
        {
            record.UnknownItem = true;
        }

        if (acceptance is not null)
        {
            ApplyAcceptance(record, acceptance, ctx);
        }
        ApplyClock(record, pauses, pauseStart is null ? null : new PauseSpan(new InstantRange(pauseStart.At, DateTimeOffset.MaxValue), pauseStart.ReceivedAt),
            FirstReceipt(sorted), ctx.Calendar);
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
        record.AcceptedWindowKind = ctx.Catalog.FindWindow(acceptance.Window, record.AcceptedDay.Value)?.Kind;
        record.AcceptedAtComprehensive = record.AcceptedWindowKind == WindowKind.Comprehensive;
    }

    /// <summary>A pause (特别程序) and when the store received its start; an open one ends at <see cref="DateTimeOffset.MaxValue"/>.</summary>
    private sealed record PauseSpan(InstantRange Span, DateTimeOffset? ReceivedAt);

    // The town's clock runs from the acceptance to the completion or, for an item the town only
    // pre-reviews, to the escalation (the county's part is not charged to the town). Pauses only stop a
    // running clock: they are clipped to it, and one still open at its end ends there. Before acceptance
    // is known no pause can be placed, so none counts. A backdated pause (IsBackdated) does not count.
    private static void ApplyClock(
        CaseRecord record, List<PauseSpan> closedPauses, PauseSpan? openPause, DateTimeOffset? firstReceipt, WorkingCalendar calendar)
    {
        if (record.AcceptedAt is not { } acceptedAt)
        {
            return;
        }
        var stop = record.TownClockStopped ? record.EscalatedAt : record.CompletedAt;
        var end = stop ?? DateTimeOffset.MaxValue;
        var candidates = new List<PauseSpan>(closedPauses);
        if (openPause is not null && stop is not null)
        {
            candidates.Add(openPause);
        }

        // Judged in the order the pauses arrived: each against the deadline the earlier ones left.
        var clipped = new List<InstantRange>();
        foreach (var pause in candidates.OrderBy(p => p.ReceivedAt ?? DateTimeOffset.MinValue).ThenBy(p => p.Span.Start))
        {
            var span = new InstantRange(Max(pause.Span.Start, acceptedAt), Min(pause.Span.End, end));
            if (span.End <= span.Start)
            {
                continue;
            }
            if (IsBackdated(record, pause, clipped, firstReceipt, calendar))
            {
                record.BackdatedPauses++;
                continue;
            }
            clipped.Add(span);
        }
        if (openPause is not null && stop is null)
        {
            if (IsBackdated(record, openPause, clipped, firstReceipt, calendar))
            {
                record.BackdatedPauses++;
            }
            else
            {
                record.IsPaused = true;
                record.PausedSince = Max(openPause.Span.Start, acceptedAt);
            }
        }
        var paused = clipped.Aggregate(TimeSpan.Zero, (sum, s) => sum + calendar.WorkingTimeBetween(s.Start, s.End));
        record.PausedWorkingHours = paused.TotalHours;

        if (record.PromisedDays is { } promised)
        {
            record.Deadline = calendar.Deadline(acceptedAt, promised, clipped);
        }
        if (record.TownClockStopped && record.Deadline is { } due)
        {
            record.EscalatedOnTime = record.EscalatedAt <= due;
        }
        if (record.CompletedAt is null || stop is not { } stopped)
        {
            return;
        }
        var processing = calendar.WorkingDaysBetween(acceptedAt, stopped) - paused / calendar.Hours.Length;
        record.ProcessingWorkingDays = Math.Round(Math.Max(0, processing), 6);
        if (record.PromisedDays is not null)
        {
            record.PromiseClockUsedDays = Math.Round(calendar.PromiseClockUsedDays(acceptedAt, stopped, clipped), 6);
        }
        if (record.Deadline is { } deadline)
        {
            record.CompletedOnTime = stopped <= deadline;
            record.CompletedLate = stopped > deadline;
        }
        record.InstantSameDay = record.IsInstant && record.CompletedDay == record.AcceptedDay;
    }

    // Backdated (补报): the pause reached the store after the deadline it would move had passed, carries
    // an earlier time, and the case had been reported before (a case sent whole, as an import sends it,
    // is not a late report). Counting it would silently clear a red card, so it stops no clock.
    private static bool IsBackdated(
        CaseRecord record, PauseSpan pause, List<InstantRange> counted, DateTimeOffset? firstReceipt, WorkingCalendar calendar)
    {
        if (record.PromisedDays is not { } promised || pause.ReceivedAt is not { } received
            || firstReceipt is not { } first || first >= received)
        {
            return false;
        }
        var deadline = calendar.Deadline(record.AcceptedAt!.Value, promised, counted);
        return received > deadline && pause.Span.Start < deadline;
    }

    private static DateTimeOffset? FirstReceipt(List<CaseEvent> events) =>
        events.Where(e => e.ReceivedAt is not null).Select(e => e.ReceivedAt).Min();

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
