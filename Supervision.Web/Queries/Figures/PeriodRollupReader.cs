using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Figures;

/// <summary>
/// Reads a period's rollups already added up per town by the database (GROUP BY town), so one row per
/// hall crosses the wire instead of one per hall and day: a province month is 1,800 rows, not 40,000.
/// The totals equal <see cref="RollupSum"/> over the daily rows field by field: counters and sums add,
/// <see cref="TownDayRollup.WaitSecondsMax"/> is a MAX, the two fractional day sums add as integer
/// millionths (as <see cref="RollupSum"/> does, so the result does not depend on the database's
/// floating-point summation order), and each town's histograms arrive as one joined text merged here.
/// </summary>
internal static class PeriodRollupReader
{
    /// <summary>Per-town totals of <paramref name="town"/> (or every town) over [start, end]; Day = start.</summary>
    public static async Task<PeriodRollupCache.Sums> ReadAsync(
        IDbContextFactory<SupervisionDbContext> contexts, string? town, DateOnly start, DateOnly end, CancellationToken ct)
    {
        // Two connections: the staff table is ten times the town table, so its scan overlaps the town read and merge.
        var staff = StaffAsync(contexts, town, start, end, ct);
        var towns = TownsAsync(contexts, town, start, end, ct);
        await Task.WhenAll(staff, towns);
        return new PeriodRollupCache.Sums(await towns, await staff);
    }

    private static async Task<List<TownDayRollup>> TownsAsync(
        IDbContextFactory<SupervisionDbContext> contexts, string? town, DateOnly start, DateOnly end, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var townDays = db.Set<TownDayRollup>().AsNoTracking().Where(r => r.Day >= start && r.Day <= end);
        if (town is not null)
        {
            townDays = townDays.Where(r => r.Town == town);
        }
        var totals = await townDays
            .GroupBy(r => r.Town)
            .Select(g => new
            {
                Row = new TownDayRollup
                {
                    Town = g.Key,
                    Visits = g.Sum(r => r.Visits),
                    Accepted = g.Sum(r => r.Accepted),
                    AcceptedComprehensive = g.Sum(r => r.AcceptedComprehensive),
                    Completed = g.Sum(r => r.Completed),
                    CompletedInstant = g.Sum(r => r.CompletedInstant),
                    InstantSameDay = g.Sum(r => r.InstantSameDay),
                    CompletedOnTime = g.Sum(r => r.CompletedOnTime),
                    CompletedLate = g.Sum(r => r.CompletedLate),
                    ProcessingCount = g.Sum(r => r.ProcessingCount),
                    PromisedDaysSum = g.Sum(r => r.PromisedDaysSum),
                    CompletedOneTrip = g.Sum(r => r.CompletedOneTrip),
                    CompletedReviewed = g.Sum(r => r.CompletedReviewed),
                    EscalatedPreReview = g.Sum(r => r.EscalatedPreReview),
                    EscalatedOnTime = g.Sum(r => r.EscalatedOnTime),
                    Refusals = g.Sum(r => r.Refusals),
                    RefusalViolations = g.Sum(r => r.RefusalViolations),
                    TicketsIssued = g.Sum(r => r.TicketsIssued),
                    TicketsCalled = g.Sum(r => r.TicketsCalled),
                    TicketsAbandoned = g.Sum(r => r.TicketsAbandoned),
                    WaitSecondsSum = g.Sum(r => r.WaitSecondsSum),
                    WaitSecondsMax = g.Max(r => r.WaitSecondsMax),
                    Reviews = g.Sum(r => r.Reviews),
                    ReviewsGood = g.Sum(r => r.ReviewsGood),
                    ReviewsNegative = g.Sum(r => r.ReviewsNegative),
                    ReviewsOfCases = g.Sum(r => r.ReviewsOfCases),
                    NegativeRectifyDue = g.Sum(r => r.NegativeRectifyDue),
                    NegativeRectifiedOnTime = g.Sum(r => r.NegativeRectifiedOnTime),
                    NegativeFollowedUp = g.Sum(r => r.NegativeFollowedUp),
                    ComplaintsFiled = g.Sum(r => r.ComplaintsFiled),
                    ComplaintsSubstantiated = g.Sum(r => r.ComplaintsSubstantiated),
                    ComplaintsRespondDue = g.Sum(r => r.ComplaintsRespondDue),
                    ComplaintsRespondedOnTime = g.Sum(r => r.ComplaintsRespondedOnTime),
                    ComplaintsResolveDue = g.Sum(r => r.ComplaintsResolveDue),
                    ComplaintsResolvedOnTime = g.Sum(r => r.ComplaintsResolvedOnTime),
                    AttendancePresent = g.Sum(r => r.AttendancePresent),
                    AttendanceLate = g.Sum(r => r.AttendanceLate),
                    AttendanceAbsent = g.Sum(r => r.AttendanceAbsent),
                    AttendanceLeave = g.Sum(r => r.AttendanceLeave),
                },
                ProcessingMicros = g.Sum(r => (long)Math.Round(r.ProcessingDaysSum * RollupSum.MicrosPerDay)),
                NonInstantMicros = g.Sum(r => (long)Math.Round(r.NonInstantUsedDaysSum * RollupSum.MicrosPerDay)),
                ProcessingHistograms = string.Join(",", g.Where(r => r.ProcessingDaysHistogram != "").Select(r => r.ProcessingDaysHistogram)),
                WaitHistograms = string.Join(",", g.Where(r => r.WaitHistogram != "").Select(r => r.WaitHistogram)),
            })
            .ToListAsync(ct);

        return totals.Select(t =>
        {
            var row = t.Row;
            row.Day = start;
            row.ProcessingDaysSum = RollupSum.DaysFromMicros(t.ProcessingMicros);
            row.NonInstantUsedDaysSum = RollupSum.DaysFromMicros(t.NonInstantMicros);
            row.ProcessingDaysHistogram = Histogram.Parse(t.ProcessingHistograms, Histogram.ProcessingDaysBinWidth).ToString();
            row.WaitHistogram = Histogram.Parse(t.WaitHistograms, Histogram.WaitSecondsBinWidth).ToString();
            return row;
        }).ToList();
    }

    /// <summary>A hall needs only two staff sums (figure 11's service time), so one row per town.</summary>
    private static async Task<List<StaffDayRollup>> StaffAsync(
        IDbContextFactory<SupervisionDbContext> contexts, string? town, DateOnly start, DateOnly end, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var staffDays = db.Set<StaffDayRollup>().AsNoTracking().Where(r => r.Day >= start && r.Day <= end);
        if (town is not null)
        {
            staffDays = staffDays.Where(r => r.Town == town);
        }
        var staff = await staffDays
            .GroupBy(r => r.Town)
            .Select(g => new StaffDayRollup
            {
                Town = g.Key, StaffId = "", TicketsServed = g.Sum(r => r.TicketsServed), ServiceSecondsSum = g.Sum(r => r.ServiceSecondsSum),
            })
            .ToListAsync(ct);
        staff.ForEach(s => s.Day = start);
        return staff;
    }
}
