using Supervision.Domain.Events;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion.Import;

/// <summary>The shipped example goes through the real ingestion path and comes out as worked out by hand in docs/import.md.</summary>
public sealed class ImportExampleTests(ImportedExample example) : IClassFixture<ImportedExample>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Shipped_example_imports_cleanly_into_cases_and_rollups(DatabaseProvider provider)
    {
        var (app, result) = await example.GetAsync(provider);

        Assert.False(result.Rejected, string.Join("; ", result.Errors));
        Assert.Equal((48, 194, 194, 0), (result.Rows, result.Events, result.Stored, result.Duplicates));
        Assert.Equal(194, await app.QueryAsync(d => d.Set<StoredEvent>().CountAsync()));
        Assert.Equal(48, await app.QueryAsync(d => d.Set<CaseRecord>().CountAsync()));
        var nanmaJune1 = await app.QueryAsync(d => d.Set<TownDayRollup>().SingleAsync(r => r.Town == "370323001" && r.Day == new DateOnly(2020, 6, 1)));
        Assert.Equal((2, 2, 1, 2), (nanmaJune1.Accepted, nanmaJune1.AcceptedComprehensive, nanmaJune1.Completed, nanmaJune1.Visits));
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Instant_case_is_completed_the_same_day_on_time_in_one_trip(DatabaseProvider provider)
    {
        var c = await ImportedCaseAsync(provider, "YY001-20200601-01");

        Assert.Equal(new DateTimeOffset(2020, 6, 1, 17, 30, 0, China), c.Deadline);
        Assert.True(c.InstantSameDay);
        Assert.True(c.CompletedOnTime);
        Assert.Equal((1, true), (c.Visits, c.OneTrip));
        Assert.Equal(0.005556, c.ProcessingWorkingDays);
        Assert.Equal(CaseStatus.Issued, c.Status);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Case_with_a_one_time_notice_counts_two_visits_and_is_on_time(DatabaseProvider provider)
    {
        var c = await ImportedCaseAsync(provider, "YY001-20200601-02");

        Assert.Equal(new DateTimeOffset(2020, 6, 8, 17, 30, 0, China), c.Deadline);
        Assert.True(c.CompletedOnTime);
        Assert.Equal((2, 1, false), (c.Visits, c.SupplementRequests, c.OneTrip));
        Assert.Equal(4.592593, c.ProcessingWorkingDays);
        Assert.Equal(IssueMethod.Mail, c.IssueMethod);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Paused_case_deadline_moves_past_the_dragon_boat_holiday_by_the_paused_working_time(DatabaseProvider provider)
    {
        var c = await ImportedCaseAsync(provider, "YY001-20200602-01");

        Assert.Equal(24, c.PausedWorkingHours, precision: 6);
        Assert.Equal(new DateTimeOffset(2020, 7, 6, 14, 30, 0, China), c.Deadline);
        Assert.True(c.CompletedOnTime);
        Assert.Equal(19.037037, c.ProcessingWorkingDays);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Case_completed_after_its_deadline_is_late(DatabaseProvider provider)
    {
        var c = await ImportedCaseAsync(provider, "YY104-20200706-01");

        Assert.Equal(new DateTimeOffset(2020, 7, 13, 17, 30, 0, China), c.Deadline);
        Assert.Equal((false, true), (c.CompletedOnTime, c.CompletedLate));
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Online_case_on_a_saturday_has_no_visit_and_its_clock_starts_on_monday(DatabaseProvider provider)
    {
        var c = await ImportedCaseAsync(provider, "YY002-20200606-01");

        Assert.Equal((0, true), (c.Visits, c.OneTrip));
        Assert.Equal(new DateTimeOffset(2020, 6, 8, 17, 30, 0, China), c.Deadline);
        Assert.True(c.CompletedOnTime);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Refusal_without_approver_is_a_violation(DatabaseProvider provider)
    {
        var c = await ImportedCaseAsync(provider, "YY101-20200707-01");

        Assert.Equal((true, true, CaseStatus.Refused), (c.Refused, c.RefusalViolation, c.Status));
        Assert.Null(c.AcceptedAt);
    }

    private async Task<CaseRecord> ImportedCaseAsync(DatabaseProvider provider, string caseId)
    {
        var (app, result) = await example.GetAsync(provider);
        Assert.False(result.Rejected, string.Join("; ", result.Errors));
        return await app.QueryAsync(d => d.Set<CaseRecord>().AsNoTracking().SingleAsync(r => r.CaseId == caseId));
    }
}
