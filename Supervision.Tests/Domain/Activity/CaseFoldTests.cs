using Supervision.Domain.Events;
using Supervision.Domain.Reference;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class CaseFoldTests
{
    private static CaseRecord Fold(params CaseEvent[] events) => CaseFold.Fold(events, Context);

    [Fact]
    public void Case_with_a_supplement_request_counts_two_visits_and_runs_from_the_acceptance_day()
    {
        var record = Fold(
            Received("e1", "C1", "2020-09-01 09:00"),
            Supplement("e2", "C1", "2020-09-01 09:10"),
            Received("e3", "C1", "2020-09-03 10:00"),
            Accepted("e4", "C1", "2020-09-03 10:05"));

        Assert.Equal(2, record.Visits);
        Assert.Equal("2020-09-01,2020-09-03", record.VisitDays);
        Assert.Equal(1, record.SupplementRequests);
        Assert.Equal(At("2020-09-01 09:00"), record.FirstReceivedAt);
        Assert.True(record.AcceptedAtComprehensive);
        Assert.Equal(WindowKind.Comprehensive, record.AcceptedWindowKind);
        Assert.Equal(5, record.PromisedDays);
        Assert.Equal(At("2020-09-10 17:30"), record.Deadline);
        Assert.Equal(CaseStatus.Accepted, record.Status);
        Assert.Equal(Day("2020-09-01"), record.ReceivedDay);
        Assert.Equal(Day("2020-09-03"), record.AcceptedDay);
        Assert.False(record.OneTrip);
    }

    [Fact]
    public void Case_told_what_to_add_waits_for_the_supplement()
    {
        var record = Fold(Received("e1", "C1", "2020-09-01 09:00"), Supplement("e2", "C1", "2020-09-01 09:10"));

        Assert.Equal(CaseStatus.AwaitingSupplement, record.Status);
        Assert.Null(record.Deadline);
    }

    [Fact]
    public void Online_case_has_zero_visits_and_is_a_one_trip_case()
    {
        var record = Fold(
            Received("e1", "C2", "2020-09-01 09:00", channel: CaseChannel.Online),
            Accepted("e2", "C2", "2020-09-01 09:30", channel: CaseChannel.Online, window: Specialised),
            Completed("e3", "C2", "2020-09-02 10:00"));

        Assert.Equal(0, record.Visits);
        Assert.Equal("", record.VisitDays);
        Assert.True(record.OneTrip);
        Assert.False(record.AcceptedAtComprehensive);
        Assert.Equal(CaseChannel.Online, record.Channel);
        Assert.Equal([Day("2020-09-01"), Day("2020-09-02")], record.RollupDays().Order());
    }

    [Fact]
    public void Instant_item_completed_on_the_spot_is_instant_same_day_and_on_time()
    {
        var record = Fold(
            Received("e1", "C3", "2020-09-01 10:00", item: Instant),
            Accepted("e2", "C3", "2020-09-01 10:00", item: Instant),
            Completed("e3", "C3", "2020-09-01 10:20"));

        Assert.True(record.IsInstant);
        Assert.Equal(At("2020-09-01 17:30"), record.Deadline);
        Assert.True(record.InstantSameDay);
        Assert.True(record.CompletedOnTime);
        Assert.False(record.CompletedLate);
        Assert.Equal(0.037037, record.ProcessingWorkingDays);
        Assert.True(record.OneTrip);
        Assert.Equal(CaseStatus.Completed, record.Status);
    }

    [Fact]
    public void Case_accepted_before_national_day_and_completed_the_day_after_its_deadline_is_late()
    {
        // 5 working days after Mon 09-28: 09-29, 09-30, 10-09, Sat 10-10 (make-up), 10-12.
        var record = Fold(
            Accepted("e1", "C4", "2020-09-28 10:00"),
            Completed("e2", "C4", "2020-10-13 09:30"));

        Assert.Equal(At("2020-10-12 17:30"), record.Deadline);
        Assert.False(record.CompletedOnTime);
        Assert.True(record.CompletedLate);
        // 7.5 h on 09-28 + five full days + 1 h on 10-13 = 53.5 h of 9-hour days.
        Assert.Equal(5.944444, record.ProcessingWorkingDays);
        Assert.Equal(Day("2020-10-13"), record.CompletedDay);
    }

    [Fact]
    public void Pause_over_a_weekend_extends_the_deadline_by_its_working_time_only()
    {
        var record = Fold(
            Accepted("e1", "C5", "2020-09-03 09:00", item: ThreeDays),
            Paused("e2", "C5", "2020-09-04 15:30"),
            Resumed("e3", "C5", "2020-09-07 10:30"),
            Completed("e4", "C5", "2020-09-09 12:00"));

        // Fri 15:30–17:30 and Mon 08:30–10:30: 4 h; the deadline Tue 09-08 17:30 moves to Wed 12:30.
        Assert.Equal(4, record.PausedWorkingHours);
        Assert.Equal(At("2020-09-09 12:30"), record.Deadline);
        Assert.True(record.CompletedOnTime);
        // 39 working hours from acceptance to completion, minus 4 paused, over 9-hour days.
        Assert.Equal(3.888889, record.ProcessingWorkingDays);
        Assert.False(record.IsPaused);
    }

    [Fact]
    public void Open_pause_marks_the_case_paused_since_the_pause()
    {
        var record = Fold(
            Accepted("e1", "C5", "2020-09-03 09:00", item: ThreeDays),
            Paused("e2", "C5", "2020-09-04 15:30"));

        Assert.True(record.IsPaused);
        Assert.Equal(At("2020-09-04 15:30"), record.PausedSince);
        Assert.Equal(CaseStatus.Paused, record.Status);
        Assert.Equal(At("2020-09-08 17:30"), record.Deadline);
    }

    [Fact]
    public void Folding_events_in_any_order_gives_the_same_record()
    {
        CaseEvent[] events =
        [
            Received("e0", "C5", "2020-09-02 16:00", item: ThreeDays),
            Supplement("e1", "C5", "2020-09-02 16:10"),
            Received("e1b", "C5", "2020-09-03 08:50", item: ThreeDays),
            Accepted("e2", "C5", "2020-09-03 09:00", item: ThreeDays),
            Paused("e3", "C5", "2020-09-04 15:30"),
            Resumed("e4", "C5", "2020-09-07 10:30"),
            Completed("e5", "C5", "2020-09-09 12:00"),
        ];
        var inOrder = Json(Fold(events));

        Assert.Equal(inOrder, Json(Fold([.. events.Reverse()])));
        Assert.Equal(inOrder, Json(Fold([events[4], events[6], events[0], events[3], events[5], events[2], events[1]])));
    }

    [Fact]
    public void Completion_arriving_before_its_acceptance_is_kept_and_judged_once_the_acceptance_arrives()
    {
        var completion = Completed("e2", "C4", "2020-10-13 09:30");
        var partial = Fold(completion);

        Assert.Equal(At("2020-10-13 09:30"), partial.CompletedAt);
        Assert.Null(partial.Deadline);
        Assert.Null(partial.CompletedOnTime);
        Assert.False(partial.CompletedLate);

        var whole = Fold(completion, Accepted("e1", "C4", "2020-09-28 10:00"));

        Assert.True(whole.CompletedLate);
    }

    [Fact]
    public void Refusal_without_approval_is_a_violation_and_closes_the_case()
    {
        var record = Fold(
            Received("e1", "C6", "2020-09-01 09:00"),
            Refused("e2", "C6", "2020-09-01 09:05", approvedBy: null));

        Assert.True(record.Refused);
        Assert.True(record.RefusalViolation);
        Assert.Equal(CaseStatus.Refused, record.Status);
        Assert.Equal(Day("2020-09-01"), record.RefusedDay);
    }

    [Fact]
    public void The_same_event_sent_twice_is_folded_once()
    {
        var receipt = Received("e1", "C1", "2020-09-01 09:00");

        Assert.Equal(1, Fold(receipt, receipt).Visits);
    }

    [Fact]
    public void Events_of_two_cases_cannot_be_folded_together()
    {
        Assert.Throws<ArgumentException>(() => Fold(Received("e1", "C1", "2020-09-01 09:00"), Received("e2", "C2", "2020-09-01 09:00")));
    }
}
