using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Web.Common;

public class HolidayFileTests
{
    [Fact]
    public void A_holiday_cn_json_file_gives_its_year_and_days()
    {
        var year = HolidayFile.Parse("""
            {"year": 2027, "papers": [], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "春节", "date": "2027-02-06", "isOffDay": false}
            ]}
            """);

        Assert.Equal(2027, year.Year);
        Assert.Equal([new HolidayDay(Date("2027-01-01"), true, "元旦"), new HolidayDay(Date("2027-02-06"), false, "春节")], year.Days);
    }

    [Fact]
    public void A_csv_file_takes_its_year_from_its_dates()
    {
        var year = HolidayFile.Parse("date,offDay,name\n2027-01-01,true,元旦\n");

        Assert.Equal(2027, year.Year);
    }

    [Fact]
    public void A_csv_file_spanning_two_years_is_refused_in_chinese()
    {
        var error = Assert.Throws<FormatException>(() => HolidayFile.Parse("date,offDay,name\n2026-12-31,true,元旦\n2027-01-01,true,元旦\n"));

        Assert.Equal("节假日 CSV 含多个年份（2026、2027），一次只能录入一个年份的放假安排。", error.Message);
    }

    [Fact]
    public void A_json_day_without_a_valid_date_is_refused_in_chinese()
    {
        var error = Assert.Throws<FormatException>(() => HolidayFile.Parse("""{"year": 2027, "days": [{"name": "元旦", "date": "2027/01/01", "isOffDay": true}]}"""));

        Assert.Equal("节假日 JSON 第 1 个日期的 date 字段应为 yyyy-MM-dd。", error.Message);
    }
}
