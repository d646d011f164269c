using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

public class DeadlineTests
{
    [Fact]
    public void Deadline_skips_national_day_holiday_and_counts_makeup_saturday()
    {
        // Wed 09-30 accepted; 10-01..10-08 off; Fri 10-09 is day 1, make-up Sat 10-10 is day 2.
        var deadline = Seeded.Deadline(Local(2020, 9, 30, 10), limitDays: 2);

        Assert.Equal(Local(2020, 10, 10, 17, 30), deadline);
    }

    [Fact]
    public void Deadline_counts_makeup_sunday_before_national_day()
    {
        // Fri 09-25 accepted; Sat 09-26 off; Sun 09-27 is a make-up workday.
        var deadline = Seeded.Deadline(Local(2020, 9, 25, 9), limitDays: 1);

        Assert.Equal(Local(2020, 9, 27, 17, 30), deadline);
    }

    [Fact]
    public void Zero_day_limit_is_due_at_closing_time_of_the_acceptance_day()
    {
        var deadline = Seeded.Deadline(Local(2020, 6, 16, 10), limitDays: 0);

        Assert.Equal(Local(2020, 6, 16, 17, 30), deadline);
    }

    [Fact]
    public void Acceptance_after_closing_time_counts_from_the_next_working_day()
    {
        // Tue 18:00 → accepted Wed 06-17; one working day later is Thu 06-18.
        var deadline = Seeded.Deadline(Local(2020, 6, 16, 18), limitDays: 1);

        Assert.Equal(Local(2020, 6, 18, 17, 30), deadline);
    }

    [Fact]
    public void Acceptance_exactly_at_closing_time_counts_as_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2020, 6, 17), Seeded.EffectiveAcceptanceDay(Local(2020, 6, 16, 17, 30)));
    }

    [Fact]
    public void Acceptance_on_a_weekend_counts_from_the_following_monday()
    {
        // Sat 06-20 → accepted Mon 06-22; one working day later is Tue 06-23.
        var deadline = Seeded.Deadline(Local(2020, 6, 20, 10), limitDays: 1);

        Assert.Equal(Local(2020, 6, 23, 17, 30), deadline);
    }

    [Fact]
    public void Zero_day_limit_accepted_on_a_weekend_is_due_the_next_working_day()
    {
        var deadline = Seeded.Deadline(Local(2020, 6, 20, 10), limitDays: 0);

        Assert.Equal(Local(2020, 6, 22, 17, 30), deadline);
    }

    [Fact]
    public void Acceptance_instant_given_in_utc_is_judged_by_china_local_time()
    {
        // 10:00 UTC is 18:00 in China: after closing on Tue 06-16.
        var acceptedAt = new DateTimeOffset(2020, 6, 16, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2020, 6, 17), Seeded.EffectiveAcceptanceDay(acceptedAt));
    }

    [Fact]
    public void Deadline_crosses_the_year_boundary_and_skips_new_year_holiday()
    {
        // Thu 2020-12-31 accepted; 2021-01-01..01-03 off; Mon 01-04, Tue 01-05, Wed 01-06.
        var deadline = Seeded.Deadline(Local(2020, 12, 31, 10), limitDays: 3);

        Assert.Equal(Local(2021, 1, 6, 17, 30), deadline);
    }

    [Fact]
    public void Deadline_uses_configured_closing_time()
    {
        var calendar = new WorkingCalendar(Days, new HallHours(new TimeOnly(9, 0), new TimeOnly(17, 0)));

        var deadline = calendar.Deadline(Local(2020, 6, 16, 10), limitDays: 1);

        Assert.Equal(Local(2020, 6, 17, 17, 0), deadline);
    }

    [Fact]
    public void Acceptance_after_configured_closing_time_counts_from_the_next_working_day()
    {
        var calendar = new WorkingCalendar(Days, new HallHours(new TimeOnly(9, 0), new TimeOnly(17, 0)));

        Assert.Equal(new DateOnly(2020, 6, 17), calendar.EffectiveAcceptanceDay(Local(2020, 6, 16, 17, 15)));
    }

    [Fact]
    public void Hall_hours_closing_before_opening_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new HallHours(new TimeOnly(17, 30), new TimeOnly(8, 30)));
    }
}
