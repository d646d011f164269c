using Supervision.Domain.Events;

namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// Builds the rollup rows of one (Town, Day) from the records touching that day. The store keeps
/// them exact by recomputing, after each batch, every day in <see cref="AffectedDays"/> of each
/// changed record (its days before and after the change): incremental upkeep then equals a full
/// rebuild by construction, because both call this same function on the same records.
/// </summary>
public static class RollupCalculator
{
    /// <summary>Days to recompute when a record changes: its rollup days before and after (a late event can move one).</summary>
    public static IReadOnlySet<DateOnly> AffectedDays(IEnumerable<DateOnly>? before, IEnumerable<DateOnly> after) =>
        new SortedSet<DateOnly>((before ?? []).Concat(after));

    public static DayRollups ForDay(string town, DateOnly day, DayRecords records)
    {
        ArgumentNullException.ThrowIfNull(town);
        ArgumentNullException.ThrowIfNull(records);
        var builder = new Builder(town, day);
        foreach (var record in Ordered(records.Cases, town, r => r.Town, r => r.CaseId)) builder.Add(record);
        foreach (var record in Ordered(records.Tickets, town, r => r.Town, r => r.Ticket)) builder.Add(record);
        foreach (var record in Ordered(records.Reviews, town, r => r.Town, r => r.ReviewId)) builder.Add(record);
        foreach (var record in Ordered(records.Complaints, town, r => r.Town, r => r.ComplaintId)) builder.Add(record);
        foreach (var record in Ordered(records.Attendance, town, r => r.Town, r => $"{r.StaffId}|{r.Date:yyyy-MM-dd}")) builder.Add(record);
        return builder.Build();
    }

    // A fixed order makes the floating-point sums identical whatever order the store loads records in;
    // a record passed twice counts once.
    private static IEnumerable<T> Ordered<T>(IEnumerable<T> records, string town, Func<T, string> townOf, Func<T, string> keyOf) =>
        records.Where(r => townOf(r) == town).DistinctBy(keyOf, StringComparer.Ordinal).OrderBy(keyOf, StringComparer.Ordinal);

    private sealed class Builder(string town, DateOnly day)
    {
        private readonly TownDayRollup _town = new() { Town = town, Day = day };
        private readonly SortedDictionary<string, StaffDayRollup> _staff = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, ItemDayRollup> _items = new(StringComparer.Ordinal);
        private readonly Histogram _processing = new(Histogram.ProcessingDaysBinWidth);
        private readonly Histogram _wait = new(Histogram.WaitSecondsBinWidth);

        public void Add(CaseRecord c)
        {
            _town.Visits += c.VisitDates().Count(d => d == day);

            if (c.AcceptedDay == day)
            {
                _town.Accepted++;
                if (c.AcceptedAtComprehensive) _town.AcceptedComprehensive++;
                if (c.AcceptedStaff is not null) Staff(c.AcceptedStaff).CasesAccepted++;
                if (c.ItemCode is not null) Item(c.ItemCode).Accepted++;
            }

            if (c.CompletedDay == day)
            {
                AddCompletion(c);
            }

            if (c.RefusedDay == day)
            {
                _town.Refusals++;
                if (c.RefusalViolation) _town.RefusalViolations++;
            }
        }

        private void AddCompletion(CaseRecord c)
        {
            _town.Completed++;
            if (c.IsInstant) _town.CompletedInstant++;
            if (c.InstantSameDay) _town.InstantSameDay++;
            if (c.CompletedOnTime == true) _town.CompletedOnTime++;
            if (c.CompletedLate) _town.CompletedLate++;
            if (c.OneTrip) _town.CompletedOneTrip++;
            if (c.ProcessingWorkingDays is { } used)
            {
                _town.ProcessingCount++;
                _town.ProcessingDaysSum += used;
                _processing.Add(used);
                if (c.PromisedDays is { } promised && promised > 0)
                {
                    _town.NonInstantUsedDaysSum += used;
                    _town.PromisedDaysSum += promised;
                }
            }
            if (c.ItemCode is not null)
            {
                var item = Item(c.ItemCode);
                item.Completed++;
                if (c.CompletedOnTime == true) item.CompletedOnTime++;
                if (c.CompletedLate) item.CompletedLate++;
            }
        }

        public void Add(TicketRecord t)
        {
            if (t.IssuedDay != day)
            {
                return;
            }
            _town.TicketsIssued++;
            if (t.Abandoned) _town.TicketsAbandoned++;
            if (t.WaitSeconds is { } wait)
            {
                _town.TicketsCalled++;
                _town.WaitSecondsSum += wait;
                _town.WaitSecondsMax = Math.Max(_town.WaitSecondsMax, wait);
                _wait.Add(wait);
            }
            if (t.Served)
            {
                var staff = Staff(t.Staff!);
                staff.TicketsServed++;
                staff.ServiceSecondsSum += t.ServiceSeconds!.Value;
            }
        }

        public void Add(ReviewRecord r)
        {
            if (r.SubmittedDay == day)
            {
                _town.Reviews++;
                if (r.IsGood) _town.ReviewsGood++;
                if (r.IsNegative) _town.ReviewsNegative++;
                if (r.CaseId is not null) _town.ReviewsOfCases++;
                if (r.Staff is not null)
                {
                    var staff = Staff(r.Staff);
                    staff.Reviews++;
                    if (r.IsGood) staff.ReviewsGood++;
                    if (r.IsNegative) staff.ReviewsNegative++;
                }
            }
            if (r.NeedsRectification && r.RectifyDueDay == day)
            {
                _town.NegativeRectifyDue++;
                if (r.RectifiedOnTime == true) _town.NegativeRectifiedOnTime++;
                if (r.FollowedUpAt is not null) _town.NegativeFollowedUp++;
            }
        }

        public void Add(ComplaintRecord c)
        {
            if (c.FiledDay == day)
            {
                _town.ComplaintsFiled++;
                if (c.Substantiated == true) _town.ComplaintsSubstantiated++;
            }
            if (c.RespondDueDay == day)
            {
                _town.ComplaintsRespondDue++;
                if (c.RespondedOnTime == true) _town.ComplaintsRespondedOnTime++;
            }
            if (c.ResolveDueDay == day)
            {
                _town.ComplaintsResolveDue++;
                if (c.ResolvedOnTime == true) _town.ComplaintsResolvedOnTime++;
            }
        }

        public void Add(AttendanceRecord a)
        {
            if (a.Date != day)
            {
                return;
            }
            switch (a.Status)
            {
                case AttendanceStatus.Present: _town.AttendancePresent++; break;
                case AttendanceStatus.Late: _town.AttendanceLate++; break;
                case AttendanceStatus.Absent: _town.AttendanceAbsent++; break;
                case AttendanceStatus.Leave: _town.AttendanceLeave++; break;
            }
            Staff(a.StaffId).AttendanceStatus = a.Status;
        }

        public DayRollups Build()
        {
            _town.ProcessingDaysHistogram = _processing.ToString();
            _town.WaitHistogram = _wait.ToString();
            return new DayRollups(_town, [.. _staff.Values], [.. _items.Values]);
        }

        private StaffDayRollup Staff(string staffId)
        {
            if (!_staff.TryGetValue(staffId, out var row))
            {
                _staff[staffId] = row = new StaffDayRollup { Town = town, Day = day, StaffId = staffId };
            }
            return row;
        }

        private ItemDayRollup Item(string itemCode)
        {
            if (!_items.TryGetValue(itemCode, out var row))
            {
                _items[itemCode] = row = new ItemDayRollup { Town = town, Day = day, ItemCode = itemCode };
            }
            return row;
        }
    }
}
