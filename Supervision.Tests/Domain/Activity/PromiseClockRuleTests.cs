using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

/// <summary>
/// 提速率 compares like with like (docs/metrics.md “提速率 on the promise's clock”): the used days of a
/// case are counted on the clock its 承诺时限 is counted on. A 3-day item accepted Thu 2020-09-03 09:00
/// is due Tue 09-08 17:30; its promise clock starts at 09-03 17:30. Hall hours 08:30–17:30 = 9 h a day.
/// </summary>
public class PromiseClockRuleTests
{
    private static CaseRecord Fold(params CaseEvent[] events) => CaseFold.Fold(events, Context);

    [Fact]
    public void Speed_up_counts_used_time_on_the_promise_clock_from_the_end_of_the_acceptance_day()
    {
        var early = Fold(Accepted("e1", "S1", "2020-09-03 09:00", item: ThreeDays), Completed("e2", "S1", "2020-09-07 12:30"));
        var onTheDeadline = Fold(Accepted("f1", "S2", "2020-09-03 09:00", item: ThreeDays), Completed("f2", "S2", "2020-09-08 17:30"));

        // Fri 9 h + Mon 08:30–12:30 4 h = 13 h; the 8.5 h of Thursday are before the clock starts.
        Assert.Equal(1.444444, early.PromiseClockUsedDays);
        // How long it took still counts from the acceptance instant: 8.5 + 9 + 4 = 21.5 h.
        Assert.Equal(2.388889, early.ProcessingWorkingDays);
        // Finished at its deadline, a case has used exactly its promise.
        Assert.Equal(3.0, onTheDeadline.PromiseClockUsedDays);
        var day = RollupCalculator.ForDay(Town, Day("2020-09-07"), new DayRecords { Cases = [early] }).Town;
        Assert.Equal(1.444444, day.NonInstantUsedDaysSum);
        Assert.Equal(3, day.PromisedDaysSum);
    }

    [Fact]
    public void Speed_up_counts_a_case_finished_on_its_acceptance_day_as_using_no_day()
    {
        var record = Fold(Accepted("e1", "S3", "2020-09-03 09:00", item: ThreeDays), Completed("e2", "S3", "2020-09-03 16:00"));

        Assert.Equal(0.0, record.PromiseClockUsedDays);
        Assert.Equal(0.777778, record.ProcessingWorkingDays);
    }

    [Fact]
    public void Speed_up_counts_a_case_accepted_after_hours_from_the_next_working_day()
    {
        // Fri 17:45 is after closing time: the limit counts from Mon 09-07, due Thu 09-10 17:30.
        var sameDay = Fold(Accepted("e1", "S4", "2020-09-04 17:45", item: ThreeDays), Completed("e2", "S4", "2020-09-07 16:00"));
        var nextDay = Fold(Accepted("f1", "S5", "2020-09-04 17:45", item: ThreeDays), Completed("f2", "S5", "2020-09-08 12:30"));
        var saturday = Fold(Accepted("g1", "S6", "2020-09-05 10:00", item: ThreeDays), Completed("g2", "S6", "2020-09-08 12:30"));

        Assert.Equal(At("2020-09-10 17:30"), nextDay.Deadline);
        Assert.Equal(0.0, sameDay.PromiseClockUsedDays);
        Assert.Equal(0.833333, sameDay.ProcessingWorkingDays);
        Assert.Equal(0.444444, nextDay.PromiseClockUsedDays);
        Assert.Equal(0.444444, saturday.PromiseClockUsedDays);
    }

    [Fact]
    public void Speed_up_leaves_out_paused_time_inside_the_promise_window()
    {
        // Paused all of Fri 09-04 (9 h): due Tue 09-08 17:30 + 9 h = Wed 09-09 17:30.
        var atDeadline = Fold(Accepted("e1", "S7", "2020-09-03 09:00", item: ThreeDays),
            Paused("e2", "S7", "2020-09-04 08:30"), Resumed("e3", "S7", "2020-09-07 08:30"), Completed("e4", "S7", "2020-09-09 17:30"));
        var early = Fold(Accepted("f1", "S8", "2020-09-03 09:00", item: ThreeDays),
            Paused("f2", "S8", "2020-09-04 08:30"), Resumed("f3", "S8", "2020-09-07 08:30"), Completed("f4", "S8", "2020-09-08 12:30"));

        Assert.Equal(At("2020-09-09 17:30"), atDeadline.Deadline);
        // Fri + Mon + Tue + Wed = 36 h − 9 h paused = 27 h: the promise, exactly.
        Assert.Equal(3.0, atDeadline.PromiseClockUsedDays);
        // Fri 9 + Mon 9 + Tue 4 = 22 h − 9 h paused = 13 h.
        Assert.Equal(1.444444, early.PromiseClockUsedDays);
    }

    [Fact]
    public void Speed_up_counts_no_holiday_as_used_time()
    {
        // Accepted Wed 09-30 before the National Day holiday (10-01…10-08 off): due Mon 10-12 17:30
        // (10-09, make-up Sat 10-10, 10-12). Only Fri 10-09 08:30–12:30 is on the clock.
        var record = Fold(Accepted("e1", "S9", "2020-09-30 10:00", item: ThreeDays), Completed("e2", "S9", "2020-10-09 12:30"));

        Assert.Equal(At("2020-10-12 17:30"), record.Deadline);
        Assert.Equal(0.444444, record.PromiseClockUsedDays);
        Assert.Equal(1.277778, record.ProcessingWorkingDays);
    }
}
