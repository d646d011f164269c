namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// The change a batch makes to the rollups: every rollup row is a sum of per-record contributions, so
/// taking away each changed record's previous version and adding its new one gives the new rows from the
/// stored ones, without reading the unchanged records of those days.
/// </summary>
/// <remarks>
/// Two things a sum cannot tell, for which <see cref="Apply"/> asks for a recomputation from records:
/// a lower <see cref="TownDayRollup.WaitSecondsMax"/> (the largest wait was taken away and nothing as
/// large added), and whether a town row left all zero is still touched by an unchanged record (a full
/// recomputation keeps such a row; a day no record touches has none).
/// </remarks>
public sealed class RollupDelta
{
    private readonly Dictionary<(string Town, DateOnly Day), DayAccumulator> _days = [];

    public void Remove(CaseRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), -1);
    public void Add(CaseRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), +1);
    public void Remove(TicketRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), -1);
    public void Add(TicketRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), +1);
    public void Remove(ReviewRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), -1);
    public void Add(ReviewRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), +1);
    public void Remove(ComplaintRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), -1);
    public void Add(ComplaintRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), +1);
    public void Remove(AttendanceRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), -1);
    public void Add(AttendanceRecord record) => Change(record, record.Town, record.RollupDays(), (a, r, s) => a.Add(r, s), +1);

    /// <summary>The (Town, Day) keys whose rows may change: those where the changes do not cancel out.</summary>
    public IReadOnlyList<(string Town, DateOnly Day)> Keys =>
        _days.Where(p => !Cancels(p.Value)).Select(p => p.Key).Order().ToList();

    /// <summary>
    /// The new rows of <paramref name="key"/> from its stored rows (null when it had none), or null
    /// when the delta alone cannot tell them: then recompute that day from its records.
    /// </summary>
    public DayRollups? Apply((string Town, DateOnly Day) key, DayRollups? stored)
    {
        if (!_days.TryGetValue(key, out var delta))
        {
            return stored;
        }
        var before = stored?.Town ?? new TownDayRollup { Town = key.Town, Day = key.Day };
        if (delta.RemovedWaitMax > 0 && delta.RemovedWaitMax >= before.WaitSecondsMax && delta.AddedWaitMax < before.WaitSecondsMax)
        {
            return null;
        }

        var town = Town(before, delta);
        if (town is null || (delta.RecordsAdded == 0 && IsEmpty(town)))
        {
            return null;
        }
        var staff = Merge(stored?.Staff ?? [], delta.Staff, r => r.StaffId,
            d => new StaffDayRollup { Town = d.Town, Day = d.Day, StaffId = d.StaffId }, (into, d) =>
        {
            into.CasesAccepted += d.CasesAccepted;
            into.TicketsServed += d.TicketsServed;
            into.ServiceSecondsSum += d.ServiceSecondsSum;
            into.Reviews += d.Reviews;
            into.ReviewsGood += d.ReviewsGood;
            into.ReviewsNegative += d.ReviewsNegative;
            if (delta.AttendanceRemoved.Contains(d.StaffId))
            {
                into.AttendanceStatus = null;
            }
            if (d.AttendanceStatus is { } status)
            {
                into.AttendanceStatus = status;
            }
        }, r => r.CasesAccepted == 0 && r.TicketsServed == 0 && r.ServiceSecondsSum == 0 && r.Reviews == 0
                && r.ReviewsGood == 0 && r.ReviewsNegative == 0 && r.AttendanceStatus is null,
            r => r.CasesAccepted < 0 || r.TicketsServed < 0 || r.Reviews < 0 || r.ReviewsGood < 0 || r.ReviewsNegative < 0);
        var items = Merge(stored?.Items ?? [], delta.Items, r => r.ItemCode,
            d => new ItemDayRollup { Town = d.Town, Day = d.Day, ItemCode = d.ItemCode }, (into, d) =>
        {
            into.Accepted += d.Accepted;
            into.Completed += d.Completed;
            into.CompletedOnTime += d.CompletedOnTime;
            into.CompletedLate += d.CompletedLate;
        }, r => r.Accepted == 0 && r.Completed == 0 && r.CompletedOnTime == 0 && r.CompletedLate == 0,
            r => r.Accepted < 0 || r.Completed < 0 || r.CompletedOnTime < 0 || r.CompletedLate < 0);
        return staff is null || items is null ? null : new DayRollups(town, staff, items);
    }

    // Counters add; sums go through integer millionths as in DayAccumulator; histograms merge bin by bin.
    private static TownDayRollup? Town(TownDayRollup before, DayAccumulator delta)
    {
        // The delta's town row holds counters only (its sums, max and histograms stay empty), so
        // RollupSum adds exactly the counters; the rest is set below.
        var town = RollupSum.Sum([before, delta.Town], before.Town, before.Day);
        town.WaitSecondsMax = Math.Max(before.WaitSecondsMax, delta.AddedWaitMax);
        town.ProcessingDaysSum = DayAccumulator.FromMicros(DayAccumulator.ToMicros(before.ProcessingDaysSum) + delta.ProcessingMicros);
        town.NonInstantUsedDaysSum = DayAccumulator.FromMicros(DayAccumulator.ToMicros(before.NonInstantUsedDaysSum) + delta.NonInstantUsedMicros);

        var processing = Histogram.Parse(before.ProcessingDaysHistogram, Histogram.ProcessingDaysBinWidth);
        processing.Merge(delta.Processing);
        var wait = Histogram.Parse(before.WaitHistogram, Histogram.WaitSecondsBinWidth);
        wait.Merge(delta.Wait);
        if (processing.HasNegativeBin || wait.HasNegativeBin || town.Accepted < 0 || town.Completed < 0 || town.TicketsIssued < 0
            || town.Visits < 0 || town.CompletedReviewed < 0 || town.Reviews < 0 || town.ComplaintsFiled < 0)
        {
            // The stored row lacks what the delta takes away: it did not match its records; recompute.
            return null;
        }
        town.ProcessingDaysHistogram = processing.ToString();
        town.WaitHistogram = wait.ToString();
        return town;
    }

    private static bool IsEmpty(TownDayRollup t) =>
        SameCounters(t, new TownDayRollup()) && t.ProcessingDaysHistogram.Length == 0 && t.WaitHistogram.Length == 0;

    private static bool SameCounters(TownDayRollup a, TownDayRollup b) =>
        a.Visits == b.Visits && a.Accepted == b.Accepted && a.AcceptedComprehensive == b.AcceptedComprehensive
        && a.Completed == b.Completed && a.CompletedInstant == b.CompletedInstant && a.InstantSameDay == b.InstantSameDay
        && a.CompletedOnTime == b.CompletedOnTime && a.CompletedLate == b.CompletedLate && a.ProcessingCount == b.ProcessingCount
        && a.ProcessingDaysSum == b.ProcessingDaysSum && a.NonInstantUsedDaysSum == b.NonInstantUsedDaysSum
        && a.PromisedDaysSum == b.PromisedDaysSum && a.CompletedOneTrip == b.CompletedOneTrip && a.CompletedReviewed == b.CompletedReviewed
        && a.EscalatedPreReview == b.EscalatedPreReview && a.EscalatedOnTime == b.EscalatedOnTime && a.Refusals == b.Refusals
        && a.RefusalViolations == b.RefusalViolations && a.TicketsIssued == b.TicketsIssued && a.TicketsCalled == b.TicketsCalled
        && a.TicketsAbandoned == b.TicketsAbandoned && a.WaitSecondsSum == b.WaitSecondsSum && a.WaitSecondsMax == b.WaitSecondsMax
        && a.Reviews == b.Reviews && a.ReviewsGood == b.ReviewsGood && a.ReviewsNegative == b.ReviewsNegative
        && a.ReviewsOfCases == b.ReviewsOfCases && a.NegativeRectifyDue == b.NegativeRectifyDue
        && a.NegativeRectifiedOnTime == b.NegativeRectifiedOnTime && a.NegativeFollowedUp == b.NegativeFollowedUp
        && a.ComplaintsFiled == b.ComplaintsFiled && a.ComplaintsSubstantiated == b.ComplaintsSubstantiated
        && a.ComplaintsRespondDue == b.ComplaintsRespondDue && a.ComplaintsRespondedOnTime == b.ComplaintsRespondedOnTime
        && a.ComplaintsResolveDue == b.ComplaintsResolveDue && a.ComplaintsResolvedOnTime == b.ComplaintsResolvedOnTime
        && a.AttendancePresent == b.AttendancePresent && a.AttendanceLate == b.AttendanceLate
        && a.AttendanceAbsent == b.AttendanceAbsent && a.AttendanceLeave == b.AttendanceLeave;

    // Rows of the delta are added to copies of the stored rows with the same key; rows left empty go,
    // exactly as a recomputation would not create them. Null when a count would go negative.
    private static List<T>? Merge<T>(
        IEnumerable<T> stored, IReadOnlyDictionary<string, T> delta, Func<T, string> keyOf,
        Func<T, T> create, Action<T, T> add, Func<T, bool> empty, Func<T, bool> negative) where T : class
    {
        var rows = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            rows[keyOf(row)] = row;
        }
        foreach (var (key, change) in delta)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = create(change);
            }
            add(row, change);
            if (negative(row))
            {
                return null;
            }
            if (empty(row))
            {
                rows.Remove(key);
            }
        }
        return [.. rows.Values];
    }

    // Net zero change and no row that might have to disappear: nothing to write for that key.
    private static bool Cancels(DayAccumulator d)
    {
        if (d.RecordsRemoved > 0 && d.RecordsAdded == 0)
        {
            return false;
        }
        if (d.RemovedWaitMax > d.AddedWaitMax || d.AttendanceRemoved.Count > 0
            || d.Processing.ToString().Length > 0 || d.Wait.ToString().Length > 0
            || d.ProcessingMicros != 0 || d.NonInstantUsedMicros != 0)
        {
            return false;
        }
        return SameCounters(d.Town, new TownDayRollup())
            && d.Staff.Values.All(s => s.CasesAccepted == 0 && s.TicketsServed == 0 && s.ServiceSecondsSum == 0 && s.Reviews == 0
                                       && s.ReviewsGood == 0 && s.ReviewsNegative == 0 && s.AttendanceStatus is null)
            && d.Items.Values.All(i => i.Accepted == 0 && i.Completed == 0 && i.CompletedOnTime == 0 && i.CompletedLate == 0);
    }

    private void Change<T>(T record, string town, IEnumerable<DateOnly> days, Action<DayAccumulator, T, int> add, int sign)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var day in days)
        {
            var key = (town, day);
            if (!_days.TryGetValue(key, out var accumulator))
            {
                _days[key] = accumulator = new DayAccumulator(town, day);
            }
            add(accumulator, record, sign);
        }
    }
}
