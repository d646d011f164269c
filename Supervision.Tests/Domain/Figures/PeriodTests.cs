using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

public class PeriodTests
{
    private static readonly DateTimeOffset Now = L("2020-10-09 14:05");

    [Fact]
    public void Week_53_of_2020_exists_and_runs_from_december_28_to_january_3()
    {
        var week = Period.Parse("2020-W53", Now);

        Assert.Equal(PeriodKind.Week, week.Kind);
        Assert.Equal(D("2020-12-28"), week.Start);
        Assert.Equal(D("2021-01-03"), week.End);
    }

    [Fact]
    public void New_years_day_2021_belongs_to_iso_week_2020_W53()
    {
        Assert.Equal("2020-W53", Period.WeekOf(D("2021-01-01")).ToString());
    }

    [Fact]
    public void Week_53_of_2021_is_rejected_in_chinese()
    {
        var error = Assert.Throws<DomainException>(() => Period.Parse("2021-W53", Now));

        Assert.Contains("2021 年没有第 53 周", error.Message);
    }

    [Fact]
    public void Week_40_of_2020_is_the_national_day_week()
    {
        var week = Period.Parse("2020-W40", Now);

        Assert.Equal(D("2020-09-28"), week.Start);
        Assert.Equal(D("2020-10-04"), week.End);
        Assert.Equal("2020年第40周（9月28日—10月4日）", week.Label);
    }

    [Fact]
    public void Today_so_far_is_the_china_date_even_when_utc_is_still_the_previous_day()
    {
        var today = Period.Parse("today", new DateTimeOffset(2020, 12, 31, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(PeriodKind.TodaySoFar, today.Kind);
        Assert.Equal(D("2021-01-01"), today.Start);
        Assert.Equal(D("2021-01-01"), today.End);
        Assert.Equal("今日（2021年1月1日，截至 01:00）", today.Label);
    }

    [Fact]
    public void Month_covers_every_day_of_the_month()
    {
        var february = Period.Parse("2020-02", Now);

        Assert.Equal(D("2020-02-01"), february.Start);
        Assert.Equal(D("2020-02-29"), february.End);
        Assert.Equal(29, february.DayCount);
    }

    [Fact]
    public void Range_includes_both_ends()
    {
        var range = Period.Parse("2020-09-28..2020-10-11", Now);

        Assert.Equal(14, range.DayCount);
        Assert.True(range.Contains(D("2020-10-11")));
        Assert.False(range.Contains(D("2020-10-12")));
    }

    [Fact]
    public void Range_ending_before_it_starts_is_rejected()
    {
        Assert.Throws<DomainException>(() => Period.Parse("2020-10-11..2020-10-01", Now));
    }

    [Theory]
    [InlineData("2020-10-09")]
    [InlineData("2020-W41")]
    [InlineData("2020-10")]
    [InlineData("2020-10-01..2020-10-31")]
    public void Text_form_round_trips(string text)
    {
        Assert.Equal(text, Period.Parse(text, Now).ToString());
    }

    [Fact]
    public void A_month_that_does_not_exist_is_rejected_in_chinese()
    {
        var error = Assert.Throws<DomainException>(() => Period.Parse("2020-13", Now));

        Assert.Equal("月份 2020-13 不存在。", error.Message);
    }

    [Theory]
    [InlineData("2020-W5")]
    [InlineData("yesterday")]
    [InlineData("2020-02-30")]
    public void Unrecognised_text_is_rejected_with_a_chinese_message(string text)
    {
        var error = Assert.Throws<DomainException>(() => Period.Parse(text, Now));

        Assert.Contains("时间段", error.Message);
    }
}
