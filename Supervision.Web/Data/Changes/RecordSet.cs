using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Changes;

/// <summary>Current-state records of several subjects, of every kind, keyed by subject.</summary>
public sealed class RecordSet
{
    public Dictionary<string, CaseRecord> Cases { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TicketRecord> Tickets { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ReviewRecord> Reviews { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ComplaintRecord> Complaints { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, AttendanceRecord> Attendance { get; } = new(StringComparer.Ordinal);

    public int Count => Cases.Count + Tickets.Count + Reviews.Count + Complaints.Count + Attendance.Count;

    public bool Contains(string subject) =>
        Cases.ContainsKey(subject) || Tickets.ContainsKey(subject) || Reviews.ContainsKey(subject)
        || Complaints.ContainsKey(subject) || Attendance.ContainsKey(subject);

    /// <summary>Folds all events of one subject (any order) into its record.</summary>
    public void Fold(string subject, IReadOnlyList<HallEvent> events, ActivityContext context)
    {
        switch (events[0].SubjectKind)
        {
            case SubjectKind.Case:
                Cases[subject] = CaseFold.Fold(events.Cast<CaseEvent>().ToList(), context);
                break;
            case SubjectKind.Ticket:
                Tickets[subject] = TicketFold.Fold(events.Cast<TicketEvent>().ToList());
                break;
            case SubjectKind.Review:
                Reviews[subject] = ReviewFold.Fold(events.Cast<ReviewEvent>().ToList(), context);
                break;
            case SubjectKind.Complaint:
                Complaints[subject] = ComplaintFold.Fold(events.Cast<ComplaintEvent>().ToList(), context);
                break;
            case SubjectKind.Attendance:
                Attendance[subject] = AttendanceFold.Fold(events.Cast<StaffAttendanceRecorded>().ToList());
                break;
            default:
                throw new InvalidOperationException($"未知的对象类型：{events[0].SubjectKind}");
        }
    }

    /// <summary>The record of <paramref name="subject"/>, of whichever kind, or null.</summary>
    public object? Record(string subject) =>
        Cases.TryGetValue(subject, out var c) ? c
        : Tickets.TryGetValue(subject, out var t) ? t
        : Reviews.TryGetValue(subject, out var r) ? r
        : Complaints.TryGetValue(subject, out var k) ? k
        : Attendance.TryGetValue(subject, out var a) ? a
        : null;

    public void Add(string subject, object record)
    {
        switch (record)
        {
            case CaseRecord c: Cases[subject] = c; break;
            case TicketRecord t: Tickets[subject] = t; break;
            case ReviewRecord r: Reviews[subject] = r; break;
            case ComplaintRecord k: Complaints[subject] = k; break;
            case AttendanceRecord a: Attendance[subject] = a; break;
            default: throw new ArgumentException($"未知的记录类型：{record.GetType().Name}", nameof(record));
        }
    }

    /// <summary>Marks late reviews and the cases a review in time names (a set holding every record, as in a rebuild or scan).</summary>
    public void MarkReviewedCases(ActivityContext context) => CaseReviewMarks.Mark(Cases.Values, Reviews.Values, context);

    public IEnumerable<string> Subjects() =>
        Cases.Keys.Concat(Tickets.Keys).Concat(Reviews.Keys).Concat(Complaints.Keys).Concat(Attendance.Keys);

    /// <summary>The rollup days of one subject's record (none when the set does not hold it).</summary>
    public IEnumerable<DateOnly> Days(string subject) =>
        Cases.TryGetValue(subject, out var c) ? c.RollupDays()
        : Tickets.TryGetValue(subject, out var t) ? t.RollupDays()
        : Reviews.TryGetValue(subject, out var r) ? r.RollupDays()
        : Complaints.TryGetValue(subject, out var k) ? k.RollupDays()
        : Attendance.TryGetValue(subject, out var a) ? a.RollupDays()
        : [];

    public void AddTo(RollupDelta delta)
    {
        foreach (var r in Cases.Values) delta.Add(r);
        foreach (var r in Tickets.Values) delta.Add(r);
        foreach (var r in Reviews.Values) delta.Add(r);
        foreach (var r in Complaints.Values) delta.Add(r);
        foreach (var r in Attendance.Values) delta.Add(r);
    }

    public void RemoveFrom(RollupDelta delta)
    {
        foreach (var r in Cases.Values) delta.Remove(r);
        foreach (var r in Tickets.Values) delta.Remove(r);
        foreach (var r in Reviews.Values) delta.Remove(r);
        foreach (var r in Complaints.Values) delta.Remove(r);
        foreach (var r in Attendance.Values) delta.Remove(r);
    }

    public void UnionWith(RecordSet other)
    {
        Merge(Cases, other.Cases);
        Merge(Tickets, other.Tickets);
        Merge(Reviews, other.Reviews);
        Merge(Complaints, other.Complaints);
        Merge(Attendance, other.Attendance);
    }

    /// <summary>Each record's rollup days, as membership rows.</summary>
    public IEnumerable<SubjectDay> Days() =>
        Cases.SelectMany(p => Rows(p.Key, p.Value.Town, p.Value.RollupDays()))
            .Concat(Tickets.SelectMany(p => Rows(p.Key, p.Value.Town, p.Value.RollupDays())))
            .Concat(Reviews.SelectMany(p => Rows(p.Key, p.Value.Town, p.Value.RollupDays())))
            .Concat(Complaints.SelectMany(p => Rows(p.Key, p.Value.Town, p.Value.RollupDays())))
            .Concat(Attendance.SelectMany(p => Rows(p.Key, p.Value.Town, p.Value.RollupDays())));

    /// <summary>The records touching each of <paramref name="keys"/>, ready for <see cref="RollupCalculator.ForDay"/>.</summary>
    public Dictionary<(string Town, DateOnly Day), DayRecords> ByDay(IReadOnlySet<(string Town, DateOnly Day)> keys)
    {
        var cases = Bucket(Cases.Values, r => r.Town, r => r.RollupDays(), keys);
        var tickets = Bucket(Tickets.Values, r => r.Town, r => r.RollupDays(), keys);
        var reviews = Bucket(Reviews.Values, r => r.Town, r => r.RollupDays(), keys);
        var complaints = Bucket(Complaints.Values, r => r.Town, r => r.RollupDays(), keys);
        var attendance = Bucket(Attendance.Values, r => r.Town, r => r.RollupDays(), keys);
        return keys.ToDictionary(k => k, k => new DayRecords
        {
            Cases = cases.GetValueOrDefault(k) ?? [],
            Tickets = tickets.GetValueOrDefault(k) ?? [],
            Reviews = reviews.GetValueOrDefault(k) ?? [],
            Complaints = complaints.GetValueOrDefault(k) ?? [],
            Attendance = attendance.GetValueOrDefault(k) ?? [],
        });
    }

    private static Dictionary<(string, DateOnly), List<T>> Bucket<T>(
        IEnumerable<T> records, Func<T, string> town, Func<T, IEnumerable<DateOnly>> days,
        IReadOnlySet<(string Town, DateOnly Day)> keys)
    {
        var buckets = new Dictionary<(string, DateOnly), List<T>>();
        foreach (var record in records)
        {
            foreach (var day in days(record))
            {
                var key = (town(record), day);
                if (!keys.Contains(key))
                {
                    continue;
                }
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }
                list.Add(record);
            }
        }
        return buckets;
    }

    private static IEnumerable<SubjectDay> Rows(string subject, string town, IEnumerable<DateOnly> days) =>
        days.Distinct().Select(day => new SubjectDay { Subject = subject, Town = town, Day = day });

    private static void Merge<T>(Dictionary<string, T> into, Dictionary<string, T> from)
    {
        foreach (var (subject, record) in from)
        {
            into[subject] = record;
        }
    }
}
