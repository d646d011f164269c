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
    private readonly Dictionary<string, CaseRecord> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TicketRecord> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReviewRecord> _reviews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ComplaintRecord> _complaints = new(StringComparer.Ordinal);

    /// <summary>When the watched records were last evaluated.</summary>
    public DateTimeOffset LastLook { get; private set; }

    public int Count => _cases.Count + _tickets.Count + _reviews.Count + _complaints.Count;

    /// <summary>Starts watching without raising anything: what is already overdue was announced before.</summary>
    public void Reset(RecordSet records, DateTimeOffset now)
    {
        _cases.Clear();
        _tickets.Clear();
        _reviews.Clear();
        _complaints.Clear();
        Keep(records, now);
        LastLook = now;
    }

    /// <summary>Records that changed (a committed batch): each against its previous look.</summary>
    public List<Alert> Changed(RecordSet records, DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        foreach (var (subject, after) in records.Cases)
        {
            alerts.AddRange(AlertRules.ForCase(_cases.GetValueOrDefault(subject), after, calendar(), wording(), now, LastLook));
        }
        foreach (var (subject, after) in records.Tickets)
        {
            alerts.AddRange(AlertRules.ForTicket(_tickets.GetValueOrDefault(subject), after, queueThreshold(), calendar().Hours, now, LastLook));
        }
        foreach (var (subject, after) in records.Reviews)
        {
            alerts.AddRange(AlertRules.ForReview(_reviews.GetValueOrDefault(subject), after, wording(), now, LastLook));
        }
        foreach (var (subject, after) in records.Complaints)
        {
            alerts.AddRange(AlertRules.ForComplaint(_complaints.GetValueOrDefault(subject), after, wording(), now, LastLook));
        }
        Keep(records, now);
        return alerts;
    }

    /// <summary>Time passed (the timer): deadlines and the queue threshold may have been crossed without any event.</summary>
    public List<Alert> Tick(DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        foreach (var c in _cases.Values)
        {
            alerts.AddRange(AlertRules.ForCase(c, c, calendar(), wording(), now, LastLook));
        }
        foreach (var t in _tickets.Values)
        {
            alerts.AddRange(AlertRules.ForTicket(t, t, queueThreshold(), calendar().Hours, now, LastLook));
        }
        foreach (var r in _reviews.Values)
        {
            alerts.AddRange(AlertRules.ForReview(r, r, wording(), now, LastLook));
        }
        foreach (var c in _complaints.Values)
        {
            alerts.AddRange(AlertRules.ForComplaint(c, c, wording(), now, LastLook));
        }
        var today = WorkingCalendar.LocalDate(now);
        foreach (var stale in _tickets.Where(t => t.Value.IssuedDay != today).Select(t => t.Key).ToList())
        {
            _tickets.Remove(stale);
        }
        LastLook = now;
        return alerts;
    }

    private void Keep(RecordSet records, DateTimeOffset now)
    {
        var today = WorkingCalendar.LocalDate(now);
        Update(_cases, records.Cases, c => c.IsOpen && c.Deadline is not null);
        Update(_tickets, records.Tickets, t => t.Status == TicketStatus.Waiting && t.IssuedDay == today);
        Update(_reviews, records.Reviews, r => r.IsNegative && r.NeedsRectification && r.RectifiedAt is null);
        Update(_complaints, records.Complaints, c => c.RespondedAt is null || c.ResolvedAt is null);
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
