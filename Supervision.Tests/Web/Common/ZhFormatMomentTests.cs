namespace Supervision.Tests.Web.Common;

public sealed class ZhFormatMomentTests
{
    private static readonly DateTimeOffset Now = new(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_moment_of_this_year_reads_month_day_and_time_without_the_year() =>
        Assert.Equal("10月12日17:30", ZhFormat.Moment(new DateTimeOffset(2020, 10, 12, 9, 30, 0, TimeSpan.Zero), Now));

    [Fact]
    public void A_moment_of_another_year_says_its_year() =>
        Assert.Equal("2021年1月4日17:30", ZhFormat.Moment(new DateTimeOffset(2021, 1, 4, 17, 30, 0, TimeSpan.FromHours(8)), Now));

    [Fact]
    public void The_year_is_the_china_year_of_both_instants()
    {
        // 2020-12-31 17:00 UTC is already 2021-01-01 01:00 in China, as is “now” here.
        var chinaNewYear = new DateTimeOffset(2020, 12, 31, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal("1月1日01:30", ZhFormat.Moment(chinaNewYear, new DateTimeOffset(2020, 12, 31, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void No_moment_is_a_dash() => Assert.Equal("—", ZhFormat.Moment(null, Now));
}
