namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// Everything the figures of DOMAIN.md 2–11 need for one hall and one local day, as plain counters and
/// sums, so that the figures of any period are sums over its days (maxima for <see cref="WaitSecondsMax"/>,
/// merges for the histograms). Key (Town, Day). Each counter names the day it is attributed to.
/// </summary>
public sealed class TownDayRollup
{
    public string Town { get; set; } = "";
    public DateOnly Day { get; set; }

    // On each visit's local day.
    public int Visits { get; set; }

    // On AcceptedDay.
    public int Accepted { get; set; }
    public int AcceptedComprehensive { get; set; }

    // On CompletedDay.
    public int Completed { get; set; }
    public int CompletedInstant { get; set; }
    public int InstantSameDay { get; set; }
    public int CompletedOnTime { get; set; }
    public int CompletedLate { get; set; }
    /// <summary>Completed cases whose processing time is known (the mean's denominator).</summary>
    public int ProcessingCount { get; set; }
    public double ProcessingDaysSum { get; set; }
    /// <summary>
    /// 提速率 = 1 − NonInstantUsedDaysSum ÷ PromisedDaysSum, both over completed non-instant cases with a known
    /// item; the used days are <see cref="CaseRecord.PromiseClockUsedDays"/>, on the promise's own clock.
    /// </summary>
    public double NonInstantUsedDaysSum { get; set; }
    public int PromisedDaysSum { get; set; }
    /// <summary><see cref="Histogram"/> of processing working days, bin width <see cref="Histogram.ProcessingDaysBinWidth"/>.</summary>
    public string ProcessingDaysHistogram { get; set; } = "";
    public int CompletedOneTrip { get; set; }
    /// <summary>Completed cases named by at least one review: numerator of 评价率 (÷ <see cref="Completed"/>), exact.</summary>
    public int CompletedReviewed { get; set; }

    // On EscalatedDay: pre-review items reported up with a known deadline (初审按时上报率).
    public int EscalatedPreReview { get; set; }
    public int EscalatedOnTime { get; set; }

    // On RefusedDay.
    public int Refusals { get; set; }
    public int RefusalViolations { get; set; }

    // On IssuedDay of the ticket.
    public int TicketsIssued { get; set; }
    public int TicketsCalled { get; set; }
    public int TicketsAbandoned { get; set; }
    public long WaitSecondsSum { get; set; }
    public long WaitSecondsMax { get; set; }
    /// <summary><see cref="Histogram"/> of queue waits in seconds, bin width <see cref="Histogram.WaitSecondsBinWidth"/>.</summary>
    public string WaitHistogram { get; set; } = "";

    // On SubmittedDay.
    public int Reviews { get; set; }
    public int ReviewsGood { get; set; }
    public int ReviewsNegative { get; set; }
    /// <summary>Reviews naming a case (a case reviewed twice counts twice); 评价率 uses <see cref="CompletedReviewed"/>.</summary>
    public int ReviewsOfCases { get; set; }

    // On RectifyDueDay (差评 not verified invalid).
    public int NegativeRectifyDue { get; set; }
    public int NegativeRectifiedOnTime { get; set; }
    public int NegativeFollowedUp { get; set; }

    // On FiledDay.
    public int ComplaintsFiled { get; set; }
    public int ComplaintsSubstantiated { get; set; }

    // On RespondDueDay / ResolveDueDay.
    public int ComplaintsRespondDue { get; set; }
    public int ComplaintsRespondedOnTime { get; set; }
    public int ComplaintsResolveDue { get; set; }
    public int ComplaintsResolvedOnTime { get; set; }

    // On the attendance date.
    public int AttendancePresent { get; set; }
    public int AttendanceLate { get; set; }
    public int AttendanceAbsent { get; set; }
    public int AttendanceLeave { get; set; }
}
