using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

public class HolidayYearTests
{
    private static readonly HolidayDay SpringFestival = new(Date("2027-02-08"), true, "春节");

    private static HolidayYear Year2027(params HolidayDay[] more) => new(2027, [SpringFestival, .. more]);

    [Fact]
    public void A_complete_year_has_no_problems()
    {
        var year = Year2027(new HolidayDay(Date("2027-01-01"), true, "元旦"), new HolidayDay(Date("2027-02-06"), false, "春节"));

        Assert.Empty(year.Problems());
    }

    [Fact]
    public void A_date_both_off_and_on_is_refused_in_chinese()
    {
        var year = Year2027(new HolidayDay(Date("2027-02-08"), false, "春节"));

        Assert.Contains("2027-02-08 同时被列为放假日和调休上班日。", year.Problems());
    }

    [Fact]
    public void A_makeup_day_on_a_weekday_is_refused_in_chinese()
    {
        var year = Year2027(new HolidayDay(Date("2027-02-05"), false, "春节"));

        Assert.Contains("2027-02-05（星期五）本来就是工作日，不能列为调休上班日；调休上班日只能是周六或周日。", year.Problems());
    }

    [Fact]
    public void A_date_outside_the_year_is_refused_in_chinese()
    {
        var year = Year2027(new HolidayDay(Date("2026-12-31"), true, "元旦"));

        Assert.Contains("2026-12-31 不在 2027 年内，不能列入 2027 年的放假安排。", year.Problems());
    }

    [Fact]
    public void A_year_without_spring_festival_is_refused_in_chinese()
    {
        var year = new HolidayYear(2027, [new HolidayDay(Date("2027-01-01"), true, "元旦")]);

        var problem = Assert.Single(year.Problems());
        Assert.Equal("2027 年的放假安排中没有春节放假日，请按国务院办公厅通知完整录入。", problem);
    }

    [Fact]
    public void Ensure_valid_throws_every_problem_at_once()
    {
        var year = new HolidayYear(2027, [new HolidayDay(Date("2027-02-05"), false, "春节")]);

        var error = Assert.Throws<DomainException>(year.EnsureValid);

        Assert.Equal(2, error.Message.Split(Environment.NewLine).Length);
    }

    [Fact]
    public void The_shipped_2026_file_is_a_valid_year()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "holidays.csv"));
        var days2026 = HolidayCsv.Parse(text).Where(d => d.Date.Year == 2026).ToList();

        Assert.Empty(new HolidayYear(2026, days2026).Problems());
    }
}
