using Supervision.Domain.Activity;
using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;
using Supervision.Web.Data.Changes;

namespace Supervision.Web.Live;

/// <summary>
/// The records that can still raise an alert (open cases with a deadline, today's waiting tickets,
/// 差评 awaiting rectification, complaints not yet resolved), as last looked at, and when that look
/// was. <see cref="AlertRules"/> compares each record with its previous look; the watch is what keeps
/// the previous look. Used by one thread at a time (the notifier's loop).
/// </summary>
internal sealed class AlertWatch(Func<WorkingCalendar> calendar, Func<TimeSpan> queueThreshold, Func<IAlertWording> wording)
{
    private readonly Dictionary<string, CaseRecord> cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TicketRecord> tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReviewRecord> reviews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ComplaintRecord> complaints = new(StringComparer.Ordinal);

    /// <summary>When the watched records were last evaluated.</summary>
    public DateTimeOffset LastLook { get; private set; }

    public int Count => cases.Count + tickets.Count + reviews.Count + complaints.Count;

    /// <summary>Starts watching without raising anything: what is already overdue was announced before.</summary>
    public void Reset(RecordSet records, DateTimeOffset now)
    {
        cases.Clear();
        tickets.Clear();
        reviews.Clear();
        complaints.Clear();
        Keep(records, now);
        LastLook = now;
    }

    /// <summary>Records that changed (a committed batch): each against its previous look.</summary>
    public List<Alert> Changed(RecordSet records, DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        foreach (var (subject, after) in records.Cases)
        {
            alerts.AddRange(AlertRules.ForCase(cases.GetValueOrDefault(subject), after, calendar(), wording(), now, LastLook));
        }
        foreach (var (subject, after) in records.Tickets)
        {
            alerts.AddRange(AlertRules.ForTicket(tickets.GetValueOrDefault(subject), after, queueThreshold(), calendar().Hours, now, LastLook));
        }
        foreach (var (subject, after) in records.Reviews)
        {
            alerts.AddRange(AlertRules.ForReview(reviews.GetValueOrDefault(subject), after, wording(), now, LastLook));
        }
        foreach (var (subject, after) in records.Complaints)
        {
            alerts.AddRange(AlertRules.ForComplaint(complaints.GetValueOrDefault(subject), after, wording(), now, LastLook));
        }
        Keep(records, now);
        return alerts;
    }

    /// <summary>Time passed (the timer): deadlines and the queue threshold may have been crossed without any event.</summary>
    public List<Alert> Tick(DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        foreach (var c in cases.Values)
        {
            alerts.AddRange(AlertRules.ForCase(c, c, calendar(), wording(), now, LastLook));
        }
        foreach (var t in tickets.Values)
        {
            alerts.AddRange(AlertRules.ForTicket(t, t, queueThreshold(), calendar().Hours, now, LastLook));
        }
        foreach (var r in reviews.Values)
        {
            alerts.AddRange(AlertRules.ForReview(r, r, wording(), now, LastLook));
        }
        foreach (var c in complaints.Values)
        {
            alerts.AddRange(AlertRules.ForComplaint(c, c, wording(), now, LastLook));
        }
        var today = WorkingCalendar.LocalDate(now);
        foreach (var stale in tickets.Where(t => t.Value.IssuedDay != today).Select(t => t.Key).ToList())
        {
            tickets.Remove(stale);
        }
        LastLook = now;
        return alerts;
    }

    private void Keep(RecordSet records, DateTimeOffset now)
    {
        var today = WorkingCalendar.LocalDate(now);
        Update(cases, records.Cases, c => c.IsOpen && c.Deadline is not null);
        Update(tickets, records.Tickets, t => t.Status == TicketStatus.Waiting && t.IssuedDay == today);
        Update(reviews, records.Reviews, r => r.IsNegative && r.NeedsRectification && r.RectifiedAt is null);
        Update(complaints, records.Complaints, c => c.RespondedAt is null || c.ResolvedAt is null);
    }

    private static void Update<T>(Dictionary<string, T> watched, Dictionary<string, T> changed, Func<T, bool> canAlert)
    {
        foreach (var (subject, record) in changed)
        {
            if (canAlert(record))
            {
                watched[subject] = record;
            }
            else
            {
                watched.Remove(subject);
            }
        }
    }
}
