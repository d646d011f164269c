namespace Supervision.Tests.Domain.Bulletins;

public sealed class BulletinPeriodsTests
{
    [Fact]
    public void Week_option_gives_the_iso_week() =>
        Assert.Equal(Period.Week(2020, 40), BulletinPeriods.Parse("2020-W40", null, null, null));

    [Fact]
    public void From_and_to_give_a_range_with_both_ends() =>
        Assert.Equal(Period.Range(new(2020, 10, 1), new(2020, 10, 31)), BulletinPeriods.Parse(null, null, "2020-10-01", "2020-10-31"));

    [Fact]
    public void Week_54_does_not_exist() =>
        Assert.Contains("没有第 54 周", Assert.Throws<DomainException>(() => BulletinPeriods.Parse("2020-W54", null, null, null)).Message, StringComparison.Ordinal);

    [Fact]
    public void Previous_of_week_one_is_the_last_week_of_the_previous_iso_year() =>
        Assert.Equal(Period.Week(2020, 53), BulletinPeriods.Previous(Period.Week(2021, 1)));

    [Fact]
    public void Previous_of_a_range_is_the_same_number_of_days_just_before() =>
        Assert.Equal(Period.Range(new(2020, 9, 21), new(2020, 9, 30)), BulletinPeriods.Previous(Period.Range(new(2020, 10, 1), new(2020, 10, 10))));

    [Fact]
    public void A_week_ending_yesterday_may_be_issued() =>
        BulletinPeriods.EnsureIssuable(Period.Week(2020, 40), new DateOnly(2020, 10, 5));

    [Fact]
    public void A_week_ending_today_may_not_be_issued() =>
        Assert.Contains("尚未结束", Assert.Throws<DomainException>(() => BulletinPeriods.EnsureIssuable(Period.Week(2020, 40), new DateOnly(2020, 10, 4))).Message, StringComparison.Ordinal);

    [Fact]
    public void The_last_full_week_of_a_monday_is_the_week_before() =>
        Assert.Equal(Period.Week(2020, 40), BulletinPeriods.LastFullWeek(new DateOnly(2020, 10, 5)));
}
