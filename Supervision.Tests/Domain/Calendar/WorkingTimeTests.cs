using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

public class WorkingTimeTests
{
    [Fact]
    public void Working_time_over_midday_deducts_no_lunch_break()
    {
        var time = Seeded.WorkingTimeBetween(Local(2020, 6, 16, 11), Local(2020, 6, 16, 14));

        Assert.Equal(TimeSpan.FromHours(3), time);
    }

    [Fact]
    public void Working_time_counts_only_hall_hours_of_working_days()
    {
        // Fri 16:00–17:30 and Mon 08:30–10:00.
        var time = Seeded.WorkingTimeBetween(Local(2020, 6, 12, 16), Local(2020, 6, 15, 10));

        Assert.Equal(TimeSpan.FromHours(3), time);
    }

    [Fact]
    public void Working_time_before_opening_and_after_closing_is_not_counted()
    {
        var time = Seeded.WorkingTimeBetween(Local(2020, 6, 16, 7), Local(2020, 6, 16, 19));

        Assert.Equal(TimeSpan.FromHours(9), time);
    }

    [Fact]
    public void Working_days_between_is_working_time_in_hall_days()
    {
        // Mon 9 h + Tue 9 h + Wed 08:30–13:00 4.5 h = 22.5 h = 2.5 hall days.
        var days = Seeded.WorkingDaysBetween(Local(2020, 6, 15, 8, 30), Local(2020, 6, 17, 13));

        Assert.Equal(2.5, days);
    }

    [Fact]
    public void Working_days_elapsed_over_national_day_counts_makeup_saturday()
    {
        // After Wed 09-30 up to Mon 10-12: Fri 10-09, Sat 10-10 (make-up), Mon 10-12.
        Assert.Equal(3, Seeded.WorkingDaysElapsed(new DateOnly(2020, 9, 30), new DateOnly(2020, 10, 12)));
    }

    [Fact]
    public void Working_days_elapsed_does_not_count_the_start_day()
    {
        Assert.Equal(0, Seeded.WorkingDaysElapsed(new DateOnly(2020, 6, 16), new DateOnly(2020, 6, 16)));
    }

    [Fact]
    public void Working_days_elapsed_is_negative_when_to_precedes_from()
    {
        Assert.Equal(-3, Seeded.WorkingDaysElapsed(new DateOnly(2020, 10, 12), new DateOnly(2020, 9, 30)));
    }
}
