using Supervision.Domain.Activity.Rollups;

namespace Supervision.Domain.Figures;

/// <summary>The rollups of a period added up: counters summed, maxima maxed, histograms merged.</summary>
internal sealed class TownTotals
{
    public int Visits, Accepted, AcceptedComprehensive, Completed, InstantSameDay, CompletedOnTime, CompletedLate;
    public int ProcessingCount, PromisedDaysSum, CompletedOneTrip, Refusals, RefusalViolations;
    public double ProcessingDaysSum, NonInstantUsedDaysSum;
    public int TicketsIssued, TicketsCalled, TicketsAbandoned;
    public long WaitSecondsSum, WaitSecondsMax;
    public int Reviews, ReviewsGood, ReviewsNegative, ReviewsOfCases;
    public int NegativeRectifyDue, NegativeRectifiedOnTime, NegativeFollowedUp;
    public int ComplaintsFiled, ComplaintsSubstantiated;
    public int ComplaintsRespondDue, ComplaintsRespondedOnTime, ComplaintsResolveDue, ComplaintsResolvedOnTime;
    public int Present, Late, Absent;
    public bool AnyTickets;
    public readonly Histogram ProcessingDays = new(Histogram.ProcessingDaysBinWidth);
    public readonly Histogram Waits = new(Histogram.WaitSecondsBinWidth);

    public static TownTotals Sum(IEnumerable<TownDayRollup> rows)
    {
        var t = new TownTotals();
        foreach (var r in rows)
        {
            t.Visits += r.Visits;
            t.Accepted += r.Accepted;
            t.AcceptedComprehensive += r.AcceptedComprehensive;
            t.Completed += r.Completed;
            t.InstantSameDay += r.InstantSameDay;
            t.CompletedOnTime += r.CompletedOnTime;
            t.CompletedLate += r.CompletedLate;
            t.ProcessingCount += r.ProcessingCount;
            t.ProcessingDaysSum += r.ProcessingDaysSum;
            t.NonInstantUsedDaysSum += r.NonInstantUsedDaysSum;
            t.PromisedDaysSum += r.PromisedDaysSum;
            t.ProcessingDays.Merge(r.ProcessingDaysHistogram);
            t.CompletedOneTrip += r.CompletedOneTrip;
            t.Refusals += r.Refusals;
            t.RefusalViolations += r.RefusalViolations;
            t.TicketsIssued += r.TicketsIssued;
            t.TicketsCalled += r.TicketsCalled;
            t.TicketsAbandoned += r.TicketsAbandoned;
            t.WaitSecondsSum += r.WaitSecondsSum;
            t.WaitSecondsMax = Math.Max(t.WaitSecondsMax, r.WaitSecondsMax);
            t.AnyTickets |= r.TicketsCalled > 0;
            t.Waits.Merge(r.WaitHistogram);
            t.Reviews += r.Reviews;
            t.ReviewsGood += r.ReviewsGood;
            t.ReviewsNegative += r.ReviewsNegative;
            t.ReviewsOfCases += r.ReviewsOfCases;
            t.NegativeRectifyDue += r.NegativeRectifyDue;
            t.NegativeRectifiedOnTime += r.NegativeRectifiedOnTime;
            t.NegativeFollowedUp += r.NegativeFollowedUp;
            t.ComplaintsFiled += r.ComplaintsFiled;
            t.ComplaintsSubstantiated += r.ComplaintsSubstantiated;
            t.ComplaintsRespondDue += r.ComplaintsRespondDue;
            t.ComplaintsRespondedOnTime += r.ComplaintsRespondedOnTime;
            t.ComplaintsResolveDue += r.ComplaintsResolveDue;
            t.ComplaintsResolvedOnTime += r.ComplaintsResolvedOnTime;
            t.Present += r.AttendancePresent;
            t.Late += r.AttendanceLate;
            t.Absent += r.AttendanceAbsent;
        }
        return t;
    }
}
