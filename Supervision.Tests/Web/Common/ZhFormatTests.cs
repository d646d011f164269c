namespace Supervision.Tests.Web.Common;

public sealed class ZhFormatTests
{
    [Theory]
    [InlineData(45L, "45 秒")]
    [InlineData(600L, "10 分钟")]
    [InlineData(3900L, "1 小时 5 分钟")]
    [InlineData(7200L, "2 小时")]
    public void Durations_read_in_chinese_units(long seconds, string expected) =>
        Assert.Equal(expected, ZhFormat.Duration(seconds));

    [Fact]
    public void Unknown_duration_is_a_dash() => Assert.Equal("—", ZhFormat.Duration(null));

    [Fact]
    public void Counts_use_zh_cn_group_separators() => Assert.Equal("12,345", ZhFormat.Count(12345));

    [Fact]
    public void Dates_are_written_in_chinese() =>
        Assert.Equal("2020年10月9日", ZhFormat.Date(new DateOnly(2020, 10, 9)));

    [Fact]
    public void Instants_are_shown_in_china_time() =>
        Assert.Equal("1月1日 01:00", ZhFormat.DateTime(new DateTimeOffset(2020, 12, 31, 17, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Wait_is_minutes_with_one_decimal() => Assert.Equal("14.0 分钟", ZhFormat.Minutes(840m));
}
