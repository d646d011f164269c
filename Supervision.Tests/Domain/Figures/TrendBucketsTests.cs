namespace Supervision.Tests.Domain.Figures;

public sealed class TrendBucketsTests
{
    [Fact]
    public void Twelve_weeks_end_with_the_last_finished_iso_week_across_the_new_year()
    {
        // Wednesday 2021-01-06 lies in 2021-W01; the week before is 2020-W53 (12-28 … 01-03).
        var weeks = TrendBuckets.Weeks(new DateOnly(2021, 1, 6), 12);

        Assert.Equal(12, weeks.Count);
        Assert.Equal(Period.Week(2020, 42), weeks[0]);
        Assert.Equal(Period.Week(2020, 53), weeks[^1]);
        Assert.Equal(new DateOnly(2021, 1, 3), weeks[^1].End);
    }

    [Fact]
    public void On_a_monday_the_week_just_ended_is_the_last_one()
    {
        var weeks = TrendBuckets.Weeks(new DateOnly(2020, 10, 12), 12);

        Assert.Equal(Period.Week(2020, 41), weeks[^1]);
    }

    [Fact]
    public void Working_days_never_include_today_and_fall_back_to_monday_to_friday_in_a_year_not_kept()
    {
        var calendar = new WorkingCalendar([]);

        var days = TrendBuckets.WorkingDays(new DateOnly(2030, 3, 4), calendar, 6);   // a Monday

        DateOnly[] expected = [new(2030, 2, 22), new(2030, 2, 25), new(2030, 2, 26), new(2030, 2, 27), new(2030, 2, 28), new(2030, 3, 1)];
        Assert.Equal(expected, days.Select(d => d.Start));
    }
}
