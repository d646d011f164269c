namespace Supervision.Tests.Domain.Figures;

public sealed class PeriodComparisonTests
{
    private static readonly DateOnly Friday = new(2020, 10, 9);

    [Fact]
    public void Last_week_is_compared_with_the_whole_week_before()
    {
        var previous = PeriodComparison.Previous(Period.Week(2020, 40), Friday);

        Assert.Equal("2020-W39", previous.ToString());
    }

    [Fact]
    public void An_unfinished_week_is_compared_with_as_many_days_of_the_week_before()
    {
        var previous = PeriodComparison.Previous(Period.WeekOf(Friday), Friday);

        Assert.Equal((new DateOnly(2020, 9, 28), new DateOnly(2020, 10, 2)), (previous.Start, previous.End));
    }

    [Fact]
    public void An_unfinished_month_is_never_compared_with_days_past_the_end_of_a_shorter_month()
    {
        var previous = PeriodComparison.Previous(Period.Month(2021, 3), new DateOnly(2021, 3, 31));

        Assert.Equal((new DateOnly(2021, 2, 1), new DateOnly(2021, 2, 28)), (previous.Start, previous.End));
    }

    [Fact]
    public void Last_month_is_compared_with_the_month_before()
    {
        Assert.Equal("2020-08", PeriodComparison.Previous(Period.Month(2020, 9), Friday).ToString());
    }

    [Fact]
    public void Today_is_compared_with_yesterday()
    {
        var today = Period.TodaySoFar(new DateTimeOffset(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal("2020-10-08", PeriodComparison.Previous(today, Friday).ToString());
    }
}
