using Supervision.Domain.Activity;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Figures;

/// <summary>
/// Derives alerts from a record's transition: the record as it was (looked at
/// <c>lastChecked</c>) against the record as it is now (looked at <c>now</c>). An alert is raised
/// only when its condition holds now and did not hold before, so calling again with the same
/// arguments raises nothing new. The live layer calls these after each batch (before = the stored
/// record, lastChecked = its previous look) and on a timer (before = after, lastChecked = the
/// previous tick), because deadlines pass without any event.
/// </summary>
public static class AlertRules
{
    public static IReadOnlyList<Alert> ForCase(CaseRecord? before, CaseRecord after, WorkingCalendar calendar, IAlertWording wording,
        DateTimeOffset now, DateTimeOffset? lastChecked = null)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(wording);
        var was = before is null ? CardColour.None : CaseCards.ColourAt(before, lastChecked ?? now, calendar);
        var change = CaseCards.Transition(was, CaseCards.ColourAt(after, now, calendar));
        var subject = $"case:{after.Town}:{after.CaseId}";
        var about = About(after.ItemCode is null ? null : wording.Item(after.ItemCode),
            after.AcceptedStaff is null ? null : $"受理人{wording.Staff(after.AcceptedStaff)}");
        return change switch
        {
            CardChange.RaisedYellow => [new Alert(AlertKind.CardYellow, after.Town, subject, after.ItemCode, after.Deadline, now,
                $"黄牌预警：办件 {after.CaseId}{about}距办结时限不足 1 个工作日，时限为{wording.Moment(after.Deadline!.Value, now)}。")],
            CardChange.RaisedRed => [new Alert(AlertKind.CardRed, after.Town, subject, after.ItemCode, after.Deadline, now,
                $"红牌：办件 {after.CaseId}{about}已超过办结时限{wording.Moment(after.Deadline!.Value, now)}，仍未办结。")],
            _ => [],
        };
    }

    public static IReadOnlyList<Alert> ForReview(ReviewRecord? before, ReviewRecord after, IAlertWording wording,
        DateTimeOffset now, DateTimeOffset? lastChecked = null)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(wording);
        var alerts = new List<Alert>();
        var subject = $"review:{after.Town}:{after.ReviewId}";
        var about = About(after.Staff is null ? null : $"工作人员{wording.Staff(after.Staff)}",
            after.Window is null ? null : wording.Window(after.Window),
            after.CaseId is null ? null : $"办件 {after.CaseId}");
        if (after.IsNegative && before?.IsNegative != true)
        {
            var reasons = string.IsNullOrEmpty(after.Reasons) ? "" : $"，原因：{after.Reasons}";
            alerts.Add(new Alert(AlertKind.NegativeReview, after.Town, subject, null, after.RectifyDue, now,
                $"差评：评价 {after.ReviewId}{about}为 {after.Level} 级{reasons}。"));
        }
        if (RectificationOverdue(after, now) && !(before is not null && RectificationOverdue(before, lastChecked ?? now)))
        {
            alerts.Add(new Alert(AlertKind.NegativeReviewOverdue, after.Town, subject, null, after.RectifyDue, now,
                $"差评整改超期：评价 {after.ReviewId}{about}应于{wording.Moment(after.RectifyDue!.Value, now)}前整改，至今未整改。"));
        }
        return alerts;
    }

    public static IReadOnlyList<Alert> ForComplaint(ComplaintRecord? before, ComplaintRecord after, IAlertWording wording,
        DateTimeOffset now, DateTimeOffset? lastChecked = null)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(wording);
        var alerts = new List<Alert>();
        var subject = $"complaint:{after.Town}:{after.ComplaintId}";
        var then = lastChecked ?? now;
        if (after.FiledAt is not null && before?.FiledAt is null)
        {
            var onCase = after.CaseId is null ? "" : $"，涉及办件 {after.CaseId}";
            var due = after.RespondDue is { } respondDue ? $"，应于{wording.Moment(respondDue, now)}前响应" : "";
            alerts.Add(new Alert(AlertKind.ComplaintFiled, after.Town, subject, null, after.RespondDue, now,
                $"投诉：收到“一次办不好”投诉 {after.ComplaintId}{onCase}{due}。"));
        }
        if (ResponseOverdue(after, now) && !(before is not null && ResponseOverdue(before, then)))
        {
            alerts.Add(new Alert(AlertKind.ComplaintOverdue, after.Town, subject, null, after.RespondDue, now,
                $"投诉响应超期：投诉 {after.ComplaintId} 应于{wording.Moment(after.RespondDue!.Value, now)}前响应，至今未响应。"));
        }
        if (ResolutionOverdue(after, now) && !(before is not null && ResolutionOverdue(before, then)))
        {
            alerts.Add(new Alert(AlertKind.ComplaintOverdue, after.Town, subject, null, after.ResolveDue, now,
                $"投诉办结超期：投诉 {after.ComplaintId} 应于{wording.Moment(after.ResolveDue!.Value, now)}前办结，至今未办结。"));
        }
        return alerts;
    }

    /// <param name="threshold">Longest acceptable wait, e.g. <see cref="FigureTargets.QueueAlertWaitMinutes"/>.</param>
    /// <remarks>Only a ticket of today can alert, and its wait stops at closing time (<see cref="QueueClock"/>).</remarks>
    public static IReadOnlyList<Alert> ForTicket(TicketRecord? before, TicketRecord after, TimeSpan threshold,
        HallHours hours, DateTimeOffset now, DateTimeOffset? lastChecked = null)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(hours);
        if (after.IssuedDay != WorkingCalendar.LocalDate(now) || !WaitingTooLong(after, threshold, hours, now)
            || (before is not null && WaitingTooLong(before, threshold, hours, lastChecked ?? now)))
        {
            return [];
        }
        var minutes = (int)QueueClock.WaitSoFar(after, now, hours)!.Value.TotalMinutes;
        return [new Alert(AlertKind.QueueWaitAboveThreshold, after.Town, $"ticket:{after.Town}:{after.Ticket}", null,
            after.IssuedAt + threshold, now,
            $"等候超时：{after.Ticket} 号已等候 {minutes} 分钟，超过 {(int)threshold.TotalMinutes} 分钟仍未叫号。")];
    }

    private static bool RectificationOverdue(ReviewRecord r, DateTimeOffset at) =>
        r.NeedsRectification && r.RectifyDue is { } due && at > due && (r.RectifiedAt is null || r.RectifiedAt > at);

    private static bool ResponseOverdue(ComplaintRecord c, DateTimeOffset at) =>
        c.RespondDue is { } due && at > due && (c.RespondedAt is null || c.RespondedAt > at);

    private static bool ResolutionOverdue(ComplaintRecord c, DateTimeOffset at) =>
        c.ResolveDue is { } due && at > due && (c.ResolvedAt is null || c.ResolvedAt > at);

    private static bool WaitingTooLong(TicketRecord t, TimeSpan threshold, HallHours hours, DateTimeOffset at) =>
        QueueClock.WaitSoFar(t, at, hours) > threshold;

    /// <summary>“（a，b）” of the parts that are known, or nothing.</summary>
    private static string About(params string?[] parts) =>
        parts.Any(p => p is not null) ? $"（{string.Join("，", parts.Where(p => p is not null))}）" : "";
}
