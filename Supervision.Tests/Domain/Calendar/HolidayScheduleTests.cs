using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

public class HolidayScheduleTests
{
    [Theory]
    [InlineData("2020-10-01")]
    [InlineData("2020-10-02")]
    [InlineData("2020-10-05")]
    [InlineData("2020-10-07")]
    [InlineData("2020-10-08")]
    public void National_day_and_mid_autumn_2020_are_off_from_october_first_to_eighth(string date)
    {
        Assert.False(Seeded.IsWorkingDay(Date(date)));
    }

    [Theory]
    [InlineData("2020-09-27")] // Sunday
    [InlineData("2020-10-10")] // Saturday
    public void Makeup_weekend_days_around_national_day_2020_are_working_days(string date)
    {
        Assert.True(Seeded.IsWorkingDay(Date(date)));
    }

    [Fact]
    public void Working_day_after_national_day_2020_is_friday_october_ninth()
    {
        Assert.Equal(new DateOnly(2020, 10, 9), Seeded.NextWorkingDay(new DateOnly(2020, 9, 30)));
    }

    [Theory]
    [InlineData("2020-01-31")] // Friday, added by the extension
    [InlineData("2020-02-01")] // Saturday, first planned as a make-up day, cancelled by the extension
    [InlineData("2020-02-02")]
    public void Spring_festival_2020_extension_keeps_halls_closed_through_february_second(string date)
    {
        Assert.False(Seeded.IsWorkingDay(Date(date)));
    }

    [Fact]
    public void Deadline_over_extended_spring_festival_2020_falls_on_february_third()
    {
        var deadline = Seeded.Deadline(Local(2020, 1, 23, 10), limitDays: 1);

        Assert.Equal(Local(2020, 2, 3, 17, 30), deadline);
    }

    [Fact]
    public void Plain_weekdays_outside_the_holiday_data_are_working_days()
    {
        Assert.True(Seeded.IsWorkingDay(new DateOnly(2030, 3, 5)));   // a Tuesday; the data ends with 2027
        Assert.False(Seeded.IsWorkingDay(new DateOnly(2030, 3, 9)));   // Saturday
    }
}
