using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Domain.Import;
using static Supervision.Domain.Import.ImportColumns;

namespace Supervision.Tests.Domain.Import;

public sealed class CaseRowEventsTests
{
    private static IReadOnlyList<HallEvent> Events(Dictionary<string, string> row)
    {
        var plan = ImportSheet.Plan(row);
        Assert.False(plan.Rejected, string.Join("; ", plan.Errors));
        return plan.Events;
    }

    [Fact]
    public void Completed_and_issued_case_becomes_receipt_acceptance_completion_and_issue()
    {
        var events = Events(ImportSheet.GoodRow());

        Assert.Equal(["case.received", "case.accepted", "case.completed", "case.issued"], events.Select(e => e.Type));
        var issued = Assert.IsType<CaseIssued>(events[3]);
        Assert.Equal(("370323001-07", Supervision.Domain.Events.IssueMethod.Counter), (issued.Window, issued.Method));
        Assert.All(events, e => Assert.Equal("YY001-20200601-01", ((CaseEvent)e).Case));
        Assert.All(events, e => Assert.Equal(TimeSpan.FromHours(8), e.At.Offset));
    }

    [Fact]
    public void First_visit_with_a_one_time_notice_becomes_a_second_receipt_and_a_supplement_request()
    {
        var events = Events(ImportSheet.GoodRow().With(FirstReceivedAt, "2020-05-29 10:05").With(Materials, "银行账户信息、户口簿"));

        Assert.Equal(["case.received", "case.supplement_requested", "case.received", "case.accepted", "case.completed", "case.issued"], events.Select(e => e.Type));
        Assert.Equal(new DateTimeOffset(2020, 5, 29, 10, 5, 0, TimeSpan.FromHours(8)), events[0].At);
        Assert.Equal(["银行账户信息", "户口簿"], Assert.IsType<CaseSupplementRequested>(events[1]).Materials);
    }

    [Fact]
    public void Pause_columns_become_pause_and_resume_events()
    {
        var events = Events(ImportSheet.GoodRow().With(Item, "MZ-001").With(IssuedAt, "").With(ImportColumns.IssueMethod, "").With(IssueWindow, "")
            .With(CompletedAt, "2020-07-02 16:00")
            .With(PausedAt, "2020-06-04 14:00").With(PauseReason, "实地踏勘").With(ResumedAt, "2020-06-09 11:00"));

        Assert.Equal(["case.received", "case.accepted", "case.paused", "case.resumed", "case.completed"], events.Select(e => e.Type));
        Assert.Equal("实地踏勘", Assert.IsType<CasePaused>(events[2]).Reason);
    }

    [Fact]
    public void Refusal_without_approver_becomes_a_refusal_counted_as_violation()
    {
        var events = Events(ImportSheet.GoodRow().With(AcceptedAt, "").With(CompletedAt, "").With(Outcome, "").With(IssuedAt, "")
            .With(ImportColumns.IssueMethod, "").With(IssueWindow, "").With(RefusedAt, "2020-06-03 10:30").With(RefusalReason, "材料不全"));

        Assert.Equal(["case.received", "case.refused"], events.Select(e => e.Type));
        Assert.True(Assert.IsType<CaseRefused>(events[1]).IsViolation);
    }

    [Fact]
    public void Event_ids_are_the_same_for_the_same_row_and_distinct_within_a_case()
    {
        var row = ImportSheet.GoodRow().With(FirstReceivedAt, "2020-05-29 10:05").With(Materials, "户口簿");

        var first = Events(row);
        var again = Events(new Dictionary<string, string>(row));

        Assert.Equal(EventJson.SerializeBatch(first), EventJson.SerializeBatch(again));
        Assert.Equal(first.Count, first.Select(e => e.Id).Distinct().Count());
        Assert.All(first, e => Assert.Matches("^imp-[0-9a-f]{30}$", e.Id));
    }

    [Fact]
    public void Same_case_number_in_two_towns_gets_different_ids()
    {
        Assert.NotEqual(ImportEventIds.For("370323001", "A1", "case.accepted"), ImportEventIds.For("370323002", "A1", "case.accepted"));
    }
}
