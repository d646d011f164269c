using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class RollupCalculatorTests
{
    private static readonly DateOnly Tuesday = Day("2020-09-01");

    // A small Tuesday: a case whose first visit is today (accepted Thursday), an online case and an
    // instant case accepted today, three tickets, a good and a bad review, a complaint, two staff present.
    private static DayRecords SmallDay() => new()
    {
        Cases =
        [
            CaseFold.Fold([Received("a1", "C1", "2020-09-01 09:00"), Supplement("a2", "C1", "2020-09-01 09:10"),
                Received("a3", "C1", "2020-09-03 10:00"), Accepted("a4", "C1", "2020-09-03 10:05")], Context),
            CaseFold.Fold([Received("b1", "C2", "2020-09-01 09:00", channel: CaseChannel.Online),
                Accepted("b2", "C2", "2020-09-01 09:30", channel: CaseChannel.Online, window: Specialised, staff: "S2")], Context),
            CaseFold.Fold([Received("c1", "C3", "2020-09-01 10:00", item: Instant), Accepted("c2", "C3", "2020-09-01 10:00", item: Instant),
                Completed("c3", "C3", "2020-09-01 10:20")], Context),
        ],
        Tickets =
        [
            TicketFold.Fold(Ticket("A001", "2020-09-01 09:00", called: "2020-09-01 09:05", finished: "2020-09-01 09:15")),
            TicketFold.Fold(Ticket("A002", "2020-09-01 09:10", called: "2020-09-01 09:20", finished: "2020-09-01 09:25", staff: "S2")),
            TicketFold.Fold(Ticket("A003", "2020-09-01 09:30", abandoned: "2020-09-01 09:50")),
        ],
        Reviews =
        [
            ReviewFold.Fold([Review("R1", "2020-09-01 10:30", level: 5, caseId: "C3")], Context),
            ReviewFold.Fold([Review("R2", "2020-09-01 11:00", level: 2, staff: "S2")], Context),
        ],
        Complaints = [ComplaintFold.Fold([Complaint("K1", "2020-09-01 14:00")], Context)],
        Attendance =
        [
            AttendanceFold.Fold([Attendance("t1", "S1", "2020-09-01", "2020-09-01 08:30", AttendanceStatus.Present)]),
            AttendanceFold.Fold([Attendance("t2", "S2", "2020-09-01", "2020-09-01 08:45", AttendanceStatus.Late)]),
        ],
    };

    [Fact]
    public void Town_day_counts_visits_acceptances_and_completions_on_their_own_days()
    {
        var town = RollupCalculator.ForDay(Town, Tuesday, SmallDay()).Town;

        Assert.Equal(2, town.Visits);
        Assert.Equal(2, town.Accepted);
        Assert.Equal(1, town.AcceptedComprehensive);
        Assert.Equal(1, town.Completed);
        Assert.Equal(1, town.CompletedInstant);
        Assert.Equal(1, town.InstantSameDay);
        Assert.Equal(1, town.CompletedOnTime);
        Assert.Equal(0, town.CompletedLate);
        Assert.Equal(1, town.CompletedOneTrip);
        Assert.Equal(1, town.ProcessingCount);
        Assert.Equal(0.037037, town.ProcessingDaysSum);
        Assert.Equal("0:1", town.ProcessingDaysHistogram);
        Assert.Equal(0, town.PromisedDaysSum);
    }

    [Fact]
    public void Town_day_counts_the_queue_reviews_complaints_and_attendance()
    {
        var town = RollupCalculator.ForDay(Town, Tuesday, SmallDay()).Town;

        Assert.Equal(3, town.TicketsIssued);
        Assert.Equal(2, town.TicketsCalled);
        Assert.Equal(1, town.TicketsAbandoned);
        Assert.Equal(900, town.WaitSecondsSum);
        Assert.Equal(600, town.WaitSecondsMax);
        Assert.Equal("10:1,20:1", town.WaitHistogram);
        Assert.Equal(2, town.Reviews);
        Assert.Equal(1, town.ReviewsGood);
        Assert.Equal(1, town.ReviewsNegative);
        Assert.Equal(1, town.ReviewsOfCases);
        Assert.Equal(0, town.NegativeRectifyDue);
        Assert.Equal(1, town.ComplaintsFiled);
        Assert.Equal(0, town.ComplaintsRespondDue);
        Assert.Equal(1, town.AttendancePresent);
        Assert.Equal(1, town.AttendanceLate);
    }

    [Fact]
    public void Staff_rows_carry_each_members_acceptances_tickets_reviews_and_attendance()
    {
        var staff = RollupCalculator.ForDay(Town, Tuesday, SmallDay()).Staff;

        Assert.Equal(["S1", "S2"], staff.Select(s => s.StaffId));
        var (s1, s2) = (staff[0], staff[1]);
        Assert.Equal((1, 1, 600L, 1, 1, 0, AttendanceStatus.Present),
            (s1.CasesAccepted, s1.TicketsServed, s1.ServiceSecondsSum, s1.Reviews, s1.ReviewsGood, s1.ReviewsNegative, s1.AttendanceStatus));
        Assert.Equal((1, 1, 300L, 1, 0, 1, AttendanceStatus.Late),
            (s2.CasesAccepted, s2.TicketsServed, s2.ServiceSecondsSum, s2.Reviews, s2.ReviewsGood, s2.ReviewsNegative, s2.AttendanceStatus));
    }

    [Fact]
    public void Item_rows_count_acceptances_and_completions_per_item()
    {
        var items = RollupCalculator.ForDay(Town, Tuesday, SmallDay()).Items;

        Assert.Equal([Instant, FiveDays], items.Select(i => i.ItemCode));
        Assert.Equal((1, 1, 1, 0), (items[0].Accepted, items[0].Completed, items[0].CompletedOnTime, items[0].CompletedLate));
        Assert.Equal((1, 0), (items[1].Accepted, items[1].Completed));
    }

    [Fact]
    public void Due_counters_land_on_the_due_day()
    {
        var records = new DayRecords
        {
            Reviews = [ReviewFold.Fold([Review("R1", "2020-09-07 10:00", level: 1),
                new ReviewRectified { Id = "R1-r", Town = Town, At = At("2020-09-28 10:00"), Review = "R1" },
                new ReviewFollowedUp { Id = "R1-u", Town = Town, At = At("2020-09-29 10:00"), Review = "R1", Satisfied = true }], Context)],
            Complaints = [ComplaintFold.Fold([Complaint("K1", "2020-09-25 16:00")], Context)],
        };

        var dueSunday = RollupCalculator.ForDay(Town, Day("2020-09-27"), records).Town;

        Assert.Equal((1, 0, 1), (dueSunday.NegativeRectifyDue, dueSunday.NegativeRectifiedOnTime, dueSunday.NegativeFollowedUp));
        Assert.Equal((1, 0), (dueSunday.ComplaintsRespondDue, dueSunday.ComplaintsRespondedOnTime));
        Assert.Equal(0, dueSunday.ComplaintsResolveDue);
        Assert.Equal(0, dueSunday.Reviews);
    }

    [Fact]
    public void Records_of_another_town_or_passed_twice_do_not_count()
    {
        var day = SmallDay();
        var foreign = TicketFold.Fold(Ticket("A001", "2020-09-01 09:00"));
        foreign.Town = "370323102";
        var records = new DayRecords { Tickets = [.. day.Tickets, day.Tickets[0], foreign] };

        Assert.Equal(3, RollupCalculator.ForDay(Town, Tuesday, records).Town.TicketsIssued);
    }

    [Fact]
    public void Record_order_does_not_change_the_rollup()
    {
        var day = SmallDay();
        var reversed = new DayRecords
        {
            Cases = [.. day.Cases.Reverse()], Tickets = [.. day.Tickets.Reverse()], Reviews = [.. day.Reviews.Reverse()],
            Complaints = day.Complaints, Attendance = [.. day.Attendance.Reverse()],
        };

        Assert.Equal(Json(RollupCalculator.ForDay(Town, Tuesday, day)), Json(RollupCalculator.ForDay(Town, Tuesday, reversed)));
    }

    [Fact]
    public void Affected_days_join_the_days_before_and_after_a_change()
    {
        var days = RollupCalculator.AffectedDays([Day("2020-09-03"), Day("2020-09-01")], [Day("2020-09-01"), Day("2020-09-09")]);

        Assert.Equal([Day("2020-09-01"), Day("2020-09-03"), Day("2020-09-09")], days);
    }
}

public class RollupSumTests
{
    [Fact]
    public void Period_total_adds_counters_keeps_the_longest_wait_and_merges_histograms()
    {
        TownDayRollup[] days =
        [
            new() { Accepted = 3, Completed = 2, WaitSecondsSum = 900, WaitSecondsMax = 600, WaitHistogram = "10:1,20:1", ProcessingDaysSum = 1.5 },
            new() { Accepted = 1, Completed = 4, WaitSecondsSum = 100, WaitSecondsMax = 100, WaitHistogram = "3:1", ProcessingDaysSum = 2.25 },
        ];

        var total = RollupSum.Sum(days, "370323", new DateOnly(2020, 9, 1));

        Assert.Equal((4, 6, 1000L, 600L, 3.75), (total.Accepted, total.Completed, total.WaitSecondsSum, total.WaitSecondsMax, total.ProcessingDaysSum));
        Assert.Equal("3:1,10:1,20:1", total.WaitHistogram);
    }
}
