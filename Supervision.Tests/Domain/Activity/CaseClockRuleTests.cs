using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

/// <summary>
/// Clock edge cases of docs/metrics.md: items the town only pre-reviews, refusals overturned, pauses
/// reported after the deadline. A 3-day item accepted Thu 2020-09-03 09:00 is due Tue 09-08 17:30.
/// </summary>
public class CaseClockRuleTests
{
    private static CaseRecord Fold(params CaseEvent[] events) => CaseFold.Fold(events, Context);

    private static T ReceivedAt<T>(T e, string at) where T : CaseEvent => e with { ReceivedAt = At(at) };

    [Fact]
    public void Pre_review_item_stops_the_town_clock_at_the_escalation_and_the_county_part_is_not_charged_to_the_town()
    {
        var record = Fold(
            Accepted("e1", "P1", "2020-09-03 09:00", item: PreReview),
            Escalated("e2", "P1", "2020-09-08 10:00"),
            Completed("e3", "P1", "2020-09-15 10:00"));

        Assert.True(record.TownClockStopped);
        Assert.Equal(At("2020-09-08 17:30"), record.Deadline);
        Assert.True(record.EscalatedOnTime);
        Assert.Equal(Day("2020-09-08"), record.EscalatedDay);
        Assert.True(record.CompletedOnTime); // judged at the escalation, not at the county's completion a week later
        Assert.False(record.CompletedLate);
        Assert.Equal(Math.Round(Autumn2020.WorkingDaysBetween(At("2020-09-03 09:00"), At("2020-09-08 10:00")), 6), record.ProcessingWorkingDays);
        Assert.Contains(Day("2020-09-08"), record.RollupDays());
    }

    [Fact]
    public void Pre_review_item_escalated_after_its_deadline_is_not_escalated_on_time()
    {
        var record = Fold(
            Accepted("e1", "P2", "2020-09-03 09:00", item: PreReview),
            Escalated("e2", "P2", "2020-09-09 09:00"));

        Assert.False(record.EscalatedOnTime);
    }

    [Fact]
    public void Pre_review_item_reported_up_carries_no_card_of_the_town_while_the_county_decides()
    {
        var record = Fold(
            Accepted("e1", "P3", "2020-09-03 09:00", item: PreReview),
            Escalated("e2", "P3", "2020-09-08 10:00"));

        Assert.Equal(CardColour.None, CaseCards.ColourAt(record, At("2020-09-10 10:00"), Autumn2020));
    }

    [Fact]
    public void Escalating_an_item_the_town_decides_itself_does_not_stop_its_clock()
    {
        var record = Fold(
            Accepted("e1", "P4", "2020-09-03 09:00", item: ThreeDays),
            Escalated("e2", "P4", "2020-09-08 10:00"),
            Completed("e3", "P4", "2020-09-15 10:00"));

        Assert.False(record.TownClockStopped);
        Assert.Null(record.EscalatedOnTime);
        Assert.True(record.CompletedLate);
    }

    [Fact]
    public void Refusal_overturned_by_a_later_acceptance_reopens_the_case_with_its_clock()
    {
        var record = Fold(
            Received("e1", "R1", "2020-09-01 09:00"),
            Refused("e2", "R1", "2020-09-01 09:05", approvedBy: null),
            Accepted("e3", "R1", "2020-09-02 09:00"));

        Assert.False(record.Refused);
        Assert.True(record.RefusalOverturned);
        Assert.True(record.IsOpen);
        Assert.Equal(CaseStatus.Accepted, record.Status);
        Assert.Equal(At("2020-09-09 17:30"), record.Deadline);
        Assert.Equal(CardColour.Red, CaseCards.ColourAt(record, At("2020-09-10 09:00"), Autumn2020));
        // The refusal happened and still counts (无权否决) on its day.
        Assert.True(record.RefusalViolation);
        Assert.Equal(Day("2020-09-01"), record.RefusedDay);
    }

    [Fact]
    public void Refusal_overturned_after_an_earlier_acceptance_keeps_the_first_acceptance_clock()
    {
        var record = Fold(
            Accepted("e1", "R2", "2020-09-03 09:00", item: ThreeDays),
            Refused("e2", "R2", "2020-09-04 09:00", approvedBy: "S9"),
            Accepted("e3", "R2", "2020-09-07 09:00", item: ThreeDays));

        Assert.True(record.IsOpen);
        Assert.Equal(At("2020-09-03 09:00"), record.AcceptedAt);
        Assert.Equal(At("2020-09-08 17:30"), record.Deadline);
    }

    [Fact]
    public void Backdated_pause_reported_after_the_deadline_is_flagged_and_does_not_clear_the_red_card()
    {
        var record = Fold(
            ReceivedAt(Accepted("e1", "B1", "2020-09-03 09:00", item: ThreeDays), "2020-09-03 09:01"),
            ReceivedAt(Paused("e2", "B1", "2020-09-07 09:00"), "2020-09-09 10:00"),
            ReceivedAt(Resumed("e3", "B1", "2020-09-07 17:30"), "2020-09-09 10:00"));

        Assert.Equal(1, record.BackdatedPauses);
        Assert.Equal(At("2020-09-08 17:30"), record.Deadline);
        Assert.Equal(0, record.PausedWorkingHours);
        Assert.Equal(CardColour.Red, CaseCards.ColourAt(record, At("2020-09-09 10:00"), Autumn2020));
    }

    [Fact]
    public void Backdated_open_pause_does_not_freeze_the_clock_of_a_red_case()
    {
        var record = Fold(
            ReceivedAt(Accepted("e1", "B2", "2020-09-03 09:00", item: ThreeDays), "2020-09-03 09:01"),
            ReceivedAt(Paused("e2", "B2", "2020-09-08 09:00"), "2020-09-09 10:00"));

        Assert.Equal(1, record.BackdatedPauses);
        Assert.False(record.IsPaused);
        Assert.Equal(CardColour.Red, CaseCards.ColourAt(record, At("2020-09-09 10:00"), Autumn2020));
    }

    [Fact]
    public void Pause_reported_before_the_deadline_extends_it_even_when_it_arrives_late()
    {
        var record = Fold(
            ReceivedAt(Accepted("e1", "B3", "2020-09-03 09:00", item: ThreeDays), "2020-09-03 09:01"),
            ReceivedAt(Paused("e2", "B3", "2020-09-07 09:00"), "2020-09-08 09:00"),
            ReceivedAt(Resumed("e3", "B3", "2020-09-07 17:30"), "2020-09-08 09:00"));

        Assert.Equal(0, record.BackdatedPauses);
        Assert.Equal(PausedDeadline, record.Deadline);
    }

    [Fact]
    public void Case_sent_whole_after_its_deadline_is_no_backdated_report()
    {
        // An import of last month's cases: every event arrives at once, long after the deadline.
        var record = Fold(
            ReceivedAt(Accepted("e1", "B4", "2020-09-03 09:00", item: ThreeDays), "2020-10-12 09:00"),
            ReceivedAt(Paused("e2", "B4", "2020-09-07 09:00"), "2020-10-12 09:00"),
            ReceivedAt(Resumed("e3", "B4", "2020-09-07 17:30"), "2020-10-12 09:00"));

        Assert.Equal(0, record.BackdatedPauses);
        Assert.Equal(PausedDeadline, record.Deadline);
    }

    // Due 09-08 17:30 plus the working time of the pause Mon 09-07 09:00–17:30.
    private static DateTimeOffset PausedDeadline =>
        Autumn2020.Deadline(At("2020-09-03 09:00"), 3, [new(At("2020-09-07 09:00"), At("2020-09-07 17:30"))]);
}
