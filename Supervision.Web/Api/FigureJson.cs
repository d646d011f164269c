namespace Supervision.Web.Api;

/// <summary>A share on the wire: both parts, the fraction (null = “—”) and the zh-CN text.</summary>
public sealed record RatioJson(decimal Numerator, decimal Denominator, decimal? Value, string Text)
{
    public static RatioJson From(Ratio r) => new(r.Numerator, r.Denominator, r.Value, r.ToString());

    public static RatioJson PerThousand(Ratio r) => new(r.Numerator, r.Denominator, r.Value is { } v ? v * 1000m : null, r.ToPerThousandString());
}

/// <summary>
/// The JSON shape of <c>GET /api/v1/figures</c>. Field names follow <see cref="FigureSet"/>; every
/// share is a <see cref="RatioJson"/>. Written out by hand so the wire format stays put when the
/// domain type grows.
/// </summary>
public static class FigureJson
{
    public static object From(FigureSet f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new
        {
            scope = f.Scope.ToString(),
            period = f.Period.ToString(),
            periodLabel = f.Period.Label,
            from = Day(f.Period.Start),
            to = Day(f.Period.End),
            asOf = f.Period.AsOf,
            coverageAsOf = Day(f.CoverageAsOf),
            score = f.Score,
            figures = new
            {
                itemCoverage = RatioJson.From(f.ItemCoverage),
                accepted = f.Accepted,
                caseShare = RatioJson.From(f.CaseShare),
                completed = f.Completed,
                instantRate = RatioJson.From(f.InstantRate),
                onTimeRate = RatioJson.From(f.OnTimeRate),
                completedLate = f.CompletedLate,
                completedWithoutDeadline = f.CompletedWithoutDeadline,
                escalatedOnTimeRate = RatioJson.From(f.EscalatedOnTimeRate),
                openRedCards = f.OpenRedCards,
                openYellowCards = f.OpenYellowCards,
                meanProcessingDays = f.MeanProcessingDays,
                medianProcessingDays = f.MedianProcessingDays,
                p90ProcessingDays = f.P90ProcessingDays,
                speedUpRate = RatioJson.From(f.SpeedUpRate),
                visits = f.Visits,
                oneTripRate = RatioJson.From(f.OneTripRate),
                ticketsIssued = f.TicketsIssued,
                ticketsCalled = f.TicketsCalled,
                meanWaitSeconds = f.MeanWaitSeconds,
                p90WaitSeconds = f.P90WaitSeconds,
                maxWaitSeconds = f.MaxWaitSeconds,
                abandonmentRate = RatioJson.From(f.AbandonmentRate),
                waitingNow = f.WaitingNow,
                longestCurrentWaitSeconds = f.LongestCurrentWaitSeconds,
                windowsServingNow = f.WindowsServingNow,
                reviews = f.Reviews,
                goodReviewRate = RatioJson.From(f.GoodReviewRate),
                negativeReviews = f.NegativeReviews,
                reviewRate = RatioJson.From(f.ReviewRate),
                rectifiedOnTimeRate = RatioJson.From(f.RectifiedOnTimeRate),
                followUpRate = RatioJson.From(f.FollowUpRate),
                complaintsFiled = f.ComplaintsFiled,
                complaintsPerThousandAccepted = RatioJson.PerThousand(f.ComplaintsPerThousandAccepted),
                complaintRespondedOnTimeRate = RatioJson.From(f.ComplaintRespondedOnTimeRate),
                complaintResolvedOnTimeRate = RatioJson.From(f.ComplaintResolvedOnTimeRate),
                complaintsSubstantiated = f.ComplaintsSubstantiated,
                refusals = f.Refusals,
                refusalViolations = f.RefusalViolations,
                ticketsServed = f.TicketsServed,
                meanServiceSeconds = f.MeanServiceSeconds,
                attendanceRate = RatioJson.From(f.AttendanceRate),
                daysLate = f.DaysLate,
            },
            misses = f.Misses.Select(m => new { figure = m.Figure, actual = m.Actual, target = m.Target }),
        };
    }

    /// <summary><c>GET /api/v1/towns/{code}/live</c>: the hall now and today's counts so far.</summary>
    public static object Live(string town, string name, FigureSet today) => new
    {
        town,
        name,
        asOf = today.Period.AsOf,
        waitingNow = today.WaitingNow ?? 0,
        longestCurrentWaitSeconds = today.LongestCurrentWaitSeconds,
        windowsServingNow = today.WindowsServingNow ?? 0,
        openRedCards = today.OpenRedCards ?? 0,
        openYellowCards = today.OpenYellowCards ?? 0,
        today = new
        {
            ticketsIssued = today.TicketsIssued,
            ticketsCalled = today.TicketsCalled,
            meanWaitSeconds = today.MeanWaitSeconds,
            accepted = today.Accepted,
            completed = today.Completed,
            reviews = today.Reviews,
            negativeReviews = today.NegativeReviews,
            complaintsFiled = today.ComplaintsFiled,
        },
    };

    public static object Case(CaseRecord c, DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new
        {
            town = c.Town,
            caseId = c.CaseId,
            item = c.ItemCode,
            status = StatusName(c.Status),
            statusText = ZhNames.Of(c.Status),
            card = CaseCards.ColourAt(c, now, calendar) switch { CardColour.Red => "red", CardColour.Yellow => "yellow", _ => null },
            channel = c.Channel?.ToString().ToLowerInvariant(),
            visits = c.Visits,
            firstReceivedAt = c.FirstReceivedAt,
            acceptedAt = c.AcceptedAt,
            acceptedWindow = c.AcceptedWindow,
            acceptedStaff = c.AcceptedStaff,
            acceptedAtComprehensive = c.AcceptedAtComprehensive,
            promisedDays = c.PromisedDays,
            deadline = c.Deadline,
            deadlineProvisional = CaseDeadline.IsProvisional(c, calendar),
            isPaused = c.IsPaused,
            completedAt = c.CompletedAt,
            outcome = c.Outcome?.ToString().ToLowerInvariant(),
            completedOnTime = c.CompletedOnTime,
            completedLate = c.CompletedLate,
            processingWorkingDays = c.ProcessingWorkingDays is { } d ? Math.Round(d, 2) : (double?)null,
            issuedAt = c.IssuedAt,
            refused = c.Refused,
            refusalViolation = c.RefusalViolation,
        };
    }

    public static string StatusName(CaseStatus s) => s switch
    {
        CaseStatus.Received => "received",
        CaseStatus.AwaitingSupplement => "awaiting_supplement",
        CaseStatus.Accepted => "accepted",
        CaseStatus.Transferred => "transferred",
        CaseStatus.Paused => "paused",
        CaseStatus.Escalated => "escalated",
        CaseStatus.Refused => "refused",
        CaseStatus.Completed => "completed",
        _ => "issued",
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
