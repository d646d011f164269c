namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// Adds daily rows into one total for a period or for several halls: counters and sums add,
/// <see cref="TownDayRollup.WaitSecondsMax"/> takes the maximum, histograms merge. The total's
/// Town and Day are whatever the caller gives it (say "370323" and the period's first day).
/// </summary>
public static class RollupSum
{
    /// <summary>
    /// Fractional day sums add as whole millionths of a day: a reader that adds rows elsewhere (say in
    /// SQL) rounds each row's sum times this, adds, and turns the total back with <see cref="DaysFromMicros"/>.
    /// </summary>
    public const double MicrosPerDay = 1_000_000;

    public static double DaysFromMicros(long micros) => DayAccumulator.FromMicros(micros);

    public static TownDayRollup Sum(IEnumerable<TownDayRollup> days, string town, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(days);
        var total = new TownDayRollup { Town = town, Day = day };
        var processing = new Histogram(Histogram.ProcessingDaysBinWidth);
        var wait = new Histogram(Histogram.WaitSecondsBinWidth);
        // Day sums add as integer millionths (as DayAccumulator keeps them), so a total does not depend on
        // how the rows were grouped first (per town, then county) or in which order they came.
        long processingMicros = 0, nonInstantMicros = 0;
        foreach (var d in days)
        {
            total.Visits += d.Visits;
            total.Accepted += d.Accepted;
            total.AcceptedComprehensive += d.AcceptedComprehensive;
            total.Completed += d.Completed;
            total.CompletedInstant += d.CompletedInstant;
            total.InstantSameDay += d.InstantSameDay;
            total.CompletedOnTime += d.CompletedOnTime;
            total.CompletedLate += d.CompletedLate;
            total.ProcessingCount += d.ProcessingCount;
            processingMicros += DayAccumulator.ToMicros(d.ProcessingDaysSum);
            nonInstantMicros += DayAccumulator.ToMicros(d.NonInstantUsedDaysSum);
            total.PromisedDaysSum += d.PromisedDaysSum;
            processing.Merge(d.ProcessingDaysHistogram);
            total.CompletedOneTrip += d.CompletedOneTrip;
            total.CompletedReviewed += d.CompletedReviewed;
            total.EscalatedPreReview += d.EscalatedPreReview;
            total.EscalatedOnTime += d.EscalatedOnTime;
            total.Refusals += d.Refusals;
            total.RefusalViolations += d.RefusalViolations;
            total.TicketsIssued += d.TicketsIssued;
            total.TicketsCalled += d.TicketsCalled;
            total.TicketsAbandoned += d.TicketsAbandoned;
            total.WaitSecondsSum += d.WaitSecondsSum;
            total.WaitSecondsMax = Math.Max(total.WaitSecondsMax, d.WaitSecondsMax);
            wait.Merge(d.WaitHistogram);
            total.Reviews += d.Reviews;
            total.ReviewsGood += d.ReviewsGood;
            total.ReviewsNegative += d.ReviewsNegative;
            total.ReviewsOfCases += d.ReviewsOfCases;
            total.NegativeRectifyDue += d.NegativeRectifyDue;
            total.NegativeRectifiedOnTime += d.NegativeRectifiedOnTime;
            total.NegativeFollowedUp += d.NegativeFollowedUp;
            total.ComplaintsFiled += d.ComplaintsFiled;
            total.ComplaintsSubstantiated += d.ComplaintsSubstantiated;
            total.ComplaintsRespondDue += d.ComplaintsRespondDue;
            total.ComplaintsRespondedOnTime += d.ComplaintsRespondedOnTime;
            total.ComplaintsResolveDue += d.ComplaintsResolveDue;
            total.ComplaintsResolvedOnTime += d.ComplaintsResolvedOnTime;
            total.AttendancePresent += d.AttendancePresent;
            total.AttendanceLate += d.AttendanceLate;
            total.AttendanceAbsent += d.AttendanceAbsent;
            total.AttendanceLeave += d.AttendanceLeave;
        }
        total.ProcessingDaysSum = DayAccumulator.FromMicros(processingMicros);
        total.NonInstantUsedDaysSum = DayAccumulator.FromMicros(nonInstantMicros);
        total.ProcessingDaysHistogram = processing.ToString();
        total.WaitHistogram = wait.ToString();
        return total;
    }
}
