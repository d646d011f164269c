using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

/// <summary>
/// 2020 Spring Festival: 01-24…01-31 off (the extended holiday), 02-01/02 a weekend, Sun 01-19 a
/// make-up workday. A 3-day case accepted Thu 01-23 is due on 02-03, 02-04, 02-05 → 02-05 17:30.
/// </summary>
public class HolidayBoundaryTests
{
    private static readonly DateTimeOffset Now = L("2020-03-01 09:00");

    private static FigureSources SpringFestival() => new FigureWorld()
        .Received(TownA, "N1", ThreeDays, Comprehensive, "S1", "2020-01-23 09:55")
        .Accepted(TownA, "N1", ThreeDays, Comprehensive, "S1", "2020-01-23 10:00")
        .Completed(TownA, "N1", "2020-02-06 09:00")
        .Received(TownA, "N2", Instant, Comprehensive, "S1", "2020-01-19 09:00")
        .Accepted(TownA, "N2", Instant, Comprehensive, "S1", "2020-01-19 09:05")
        .Completed(TownA, "N2", "2020-01-19 09:30")
        .Sources();

    private static FigureSet Month(string month) =>
        new FigureCalculator().Calculate(Scope.Town(TownA), Period.Parse(month, Now), SpringFestival());

    [Fact]
    public void Case_completed_after_the_spring_festival_is_counted_in_february_and_is_overdue()
    {
        var february = Month("2020-02");

        Assert.Equal(1, february.Completed);
        Assert.Equal(Ratio.Of(0, 1), february.OnTimeRate);
        Assert.Equal(1, february.CompletedLate);
    }

    [Fact]
    public void Case_accepted_before_the_spring_festival_counts_as_accepted_in_january_only()
    {
        Assert.Equal(2, Month("2020-01").Accepted);
        Assert.Equal(0, Month("2020-02").Accepted);
    }

    [Fact]
    public void Instant_case_done_on_the_make_up_sunday_counts_as_done_the_same_day()
    {
        var january = Month("2020-01");

        Assert.Equal(Ratio.Of(1, 1), january.InstantRate);
        Assert.Equal(Ratio.Of(1, 1), january.OnTimeRate);
    }

    [Fact]
    public void Processing_time_skips_the_holiday_days()
    {
        // 01-23 10:00–17:30 7.5 h + 02-03/04/05 27 h + 02-06 0.5 h = 35 h = 3.888889 working days.
        Assert.Equal(3.89m, Month("2020-02").MeanProcessingDays);
    }

    [Fact]
    public void National_day_week_has_no_completions_and_the_following_week_has_them_all()
    {
        var w40 = OctoberFigures.HallA(Period.Parse("2020-W40", Now));
        var w41 = OctoberFigures.HallA(Period.Parse("2020-W41", Now));

        // W40 (09-28…10-04): nothing completes during the holiday, C2/C4 were only accepted then.
        Assert.Equal(0, w40.Completed);
        Assert.Equal(2, w40.Accepted);
        // W41 (10-05…10-11): C1, C3 and C4 completed on 10-09.
        Assert.Equal(3, w41.Completed);
    }
}
