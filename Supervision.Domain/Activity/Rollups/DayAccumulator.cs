using Supervision.Domain.Events;

namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// Sums the contributions of records to one (Town, Day), each with a sign: +1 adds a record, −1
/// takes one away. <see cref="RollupCalculator"/> adds every record of a day; <see cref="RollupDelta"/>
/// adds changed records and takes away their previous versions.
/// </summary>
/// <remarks>
/// Fractional day sums are kept as integer millionths (processing times are rounded to six decimals by
/// <see cref="CaseFold"/>), so a total does not depend on the order records were added or taken away in:
/// a delta applied to a stored row gives the very double a full recomputation gives.
/// </remarks>
internal sealed class DayAccumulator(string town, DateOnly day)
{
    private const double Micro = RollupSum.MicrosPerDay;

    private readonly SortedDictionary<string, StaffDayRollup> _staff = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ItemDayRollup> _items = new(StringComparer.Ordinal);
    private readonly TownDayRollup _town = new() { Town = town, Day = day };
    private long _processingMicros;
    private long _nonInstantUsedMicros;

    public string TownCode => town;
    public DateOnly Day => day;

    /// <summary>Counters only: its fractional sums, max and histograms stay empty until <see cref="Build"/>.</summary>
    public TownDayRollup Town => _town;
    public IReadOnlyDictionary<string, StaffDayRollup> Staff => _staff;
    public IReadOnlyDictionary<string, ItemDayRollup> Items => _items;
    public Histogram Processing { get; } = new(Histogram.ProcessingDaysBinWidth);
    public Histogram Wait { get; } = new(Histogram.WaitSecondsBinWidth);

    /// <summary>Largest wait added (0 when none), and largest wait taken away (0 when none).</summary>
    public long AddedWaitMax { get; private set; }
    public long RemovedWaitMax { get; private set; }

    /// <summary>Staff whose attendance record for the day was taken away.</summary>
    public HashSet<string> AttendanceRemoved { get; } = new(StringComparer.Ordinal);

    /// <summary>How many records touching the day were added, and taken away.</summary>
    public int RecordsAdded { get; private set; }
    public int RecordsRemoved { get; private set; }

    public static double FromMicros(long micros) => micros / Micro;
    public static long ToMicros(double days) => (long)Math.Round(days * Micro);

    public void Add(CaseRecord c, int sign)
    {
        Count(sign);
        _town.Visits += sign * c.VisitDates().Count(d => d == day);

        if (c.AcceptedDay == day)
        {
            _town.Accepted += sign;
            if (c.AcceptedAtComprehensive) _town.AcceptedComprehensive += sign;
            if (c.AcceptedStaff is not null) StaffRow(c.AcceptedStaff).CasesAccepted += sign;
            if (c.ItemCode is not null) ItemRow(c.ItemCode).Accepted += sign;
        }

        if (c.CompletedDay == day)
        {
            AddCompletion(c, sign);
        }

        if (c.EscalatedDay == day && c.EscalatedOnTime is { } escalatedOnTime)
        {
            _town.EscalatedPreReview += sign;
            if (escalatedOnTime) _town.EscalatedOnTime += sign;
        }

        if (c.RefusedDay == day)
        {
            _town.Refusals += sign;
            if (c.RefusalViolation) _town.RefusalViolations += sign;
        }
    }

    private void AddCompletion(CaseRecord c, int sign)
    {
        _town.Completed += sign;
        if (c.IsInstant) _town.CompletedInstant += sign;
        if (c.InstantSameDay) _town.InstantSameDay += sign;
        if (c.CompletedOnTime == true) _town.CompletedOnTime += sign;
        if (c.CompletedLate) _town.CompletedLate += sign;
        if (c.OneTrip) _town.CompletedOneTrip += sign;
        if (c.Reviewed) _town.CompletedReviewed += sign;
        if (c.ProcessingWorkingDays is { } used)
        {
            _town.ProcessingCount += sign;
            _processingMicros += sign * ToMicros(used);
            Processing.Add(used, sign);
        }
        // 提速率 compares like with like: days used on the clock the promise counts on.
        if (c.PromiseClockUsedDays is { } usedOnPromise && c.PromisedDays is { } promised && promised > 0)
        {
            _nonInstantUsedMicros += sign * ToMicros(usedOnPromise);
            _town.PromisedDaysSum += sign * promised;
        }
        if (c.ItemCode is not null)
        {
            var item = ItemRow(c.ItemCode);
            item.Completed += sign;
            if (c.CompletedOnTime == true) item.CompletedOnTime += sign;
            if (c.CompletedLate) item.CompletedLate += sign;
        }
    }

    public void Add(TicketRecord t, int sign)
    {
        if (t.IssuedDay != day)
        {
            return;
        }
        Count(sign);
        _town.TicketsIssued += sign;
        if (t.Abandoned) _town.TicketsAbandoned += sign;
        if (t.WaitSeconds is { } wait)
        {
            _town.TicketsCalled += sign;
            _town.WaitSecondsSum += sign * wait;
            if (sign > 0)
            {
                AddedWaitMax = Math.Max(AddedWaitMax, wait);
            }
            else
            {
                RemovedWaitMax = Math.Max(RemovedWaitMax, wait);
            }
            Wait.Add(wait, sign);
        }
        if (t.Served)
        {
            var staff = StaffRow(t.Staff!);
            staff.TicketsServed += sign;
            staff.ServiceSecondsSum += sign * t.ServiceSeconds!.Value;
        }
    }

    public void Add(ReviewRecord r, int sign)
    {
        Count(sign);
        if (r.Late)
        {
            // 补评 past the limit is no rating: it is listed as such and counts in no review figure.
            return;
        }
        if (r.SubmittedDay == day)
        {
            _town.Reviews += sign;
            if (r.IsGood) _town.ReviewsGood += sign;
            if (r.IsNegative) _town.ReviewsNegative += sign;
            if (r.CaseId is not null) _town.ReviewsOfCases += sign;
            if (r.Staff is not null)
            {
                var staff = StaffRow(r.Staff);
                staff.Reviews += sign;
                if (r.IsGood) staff.ReviewsGood += sign;
                if (r.IsNegative) staff.ReviewsNegative += sign;
            }
        }
        if (r.NeedsRectification && r.RectifyDueDay == day)
        {
            _town.NegativeRectifyDue += sign;
            if (r.RectifiedOnTime == true) _town.NegativeRectifiedOnTime += sign;
            if (r.FollowedUpAt is not null) _town.NegativeFollowedUp += sign;
        }
    }

    public void Add(ComplaintRecord c, int sign)
    {
        Count(sign);
        if (c.FiledDay == day)
        {
            _town.ComplaintsFiled += sign;
            if (c.Substantiated == true) _town.ComplaintsSubstantiated += sign;
        }
        if (c.RespondDueDay == day)
        {
            _town.ComplaintsRespondDue += sign;
            if (c.RespondedOnTime == true) _town.ComplaintsRespondedOnTime += sign;
        }
        if (c.ResolveDueDay == day)
        {
            _town.ComplaintsResolveDue += sign;
            if (c.ResolvedOnTime == true) _town.ComplaintsResolvedOnTime += sign;
        }
    }

    public void Add(AttendanceRecord a, int sign)
    {
        if (a.Date != day)
        {
            return;
        }
        Count(sign);
        switch (a.Status)
        {
            case AttendanceStatus.Present: _town.AttendancePresent += sign; break;
            case AttendanceStatus.Late: _town.AttendanceLate += sign; break;
            case AttendanceStatus.Absent: _town.AttendanceAbsent += sign; break;
            case AttendanceStatus.Leave: _town.AttendanceLeave += sign; break;
        }
        if (sign > 0)
        {
            StaffRow(a.StaffId).AttendanceStatus = a.Status;
        }
        else
        {
            StaffRow(a.StaffId);
            AttendanceRemoved.Add(a.StaffId);
        }
    }

    /// <summary>The rows of a day holding only added records (as a full recomputation builds them).</summary>
    public DayRollups Build()
    {
        var row = _town;
        row.ProcessingDaysSum = FromMicros(_processingMicros);
        row.NonInstantUsedDaysSum = FromMicros(_nonInstantUsedMicros);
        row.WaitSecondsMax = AddedWaitMax;
        row.ProcessingDaysHistogram = Processing.ToString();
        row.WaitHistogram = Wait.ToString();
        return new DayRollups(row, [.. _staff.Values], [.. _items.Values]);
    }

    public long ProcessingMicros => _processingMicros;
    public long NonInstantUsedMicros => _nonInstantUsedMicros;

    private void Count(int sign)
    {
        if (sign > 0) RecordsAdded++;
        else RecordsRemoved++;
    }

    private StaffDayRollup StaffRow(string staffId)
    {
        if (!_staff.TryGetValue(staffId, out var row))
        {
            _staff[staffId] = row = new StaffDayRollup { Town = town, Day = day, StaffId = staffId };
        }
        return row;
    }

    private ItemDayRollup ItemRow(string itemCode)
    {
        if (!_items.TryGetValue(itemCode, out var row))
        {
            _items[itemCode] = row = new ItemDayRollup { Town = town, Day = day, ItemCode = itemCode };
        }
        return row;
    }
}
