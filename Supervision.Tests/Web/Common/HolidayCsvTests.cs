using Supervision.Tests.Domain.Calendar;

namespace Supervision.Tests.Web.Common;

public class HolidayCsvTests
{
    [Fact]
    public void Parses_date_flag_and_name_of_each_line()
    {
        var days = HolidayCsv.Parse("date,offDay,name\r\n2020-10-01,true,国庆节、中秋节\r\n2020-10-10,false,国庆节、中秋节\r\n");

        Assert.Equal(
            [
                new HolidayDay(new DateOnly(2020, 10, 1), true, "国庆节、中秋节"),
                new HolidayDay(new DateOnly(2020, 10, 10), false, "国庆节、中秋节"),
            ],
            days);
    }

    [Fact]
    public void Skips_byte_order_mark_and_blank_lines()
    {
        var days = HolidayCsv.Parse("\uFEFFdate,offDay,name\n\n2021-01-01,true,元旦\n\n");

        Assert.Equal([new HolidayDay(new DateOnly(2021, 1, 1), true, "元旦")], days);
    }

    [Fact]
    public void Keeps_commas_inside_the_name()
    {
        var days = HolidayCsv.Parse("date,offDay,name\n2021-01-01,true,元旦,新年\n");

        Assert.Equal("元旦,新年", days[0].Name);
    }

    [Fact]
    public void Rejects_a_malformed_date_naming_its_line_and_field()
    {
        var error = Assert.Throws<FormatException>(() =>
            HolidayCsv.Parse("date,offDay,name\n2020-10-01,true,国庆节\n2020-13-01,true,国庆节\n"));

        Assert.Contains("第 3 行", error.Message);
        Assert.Contains("date 字段“2020-13-01”", error.Message);
    }

    [Fact]
    public void Rejects_an_offday_that_is_not_true_or_false()
    {
        var error = Assert.Throws<FormatException>(() =>
            HolidayCsv.Parse("date,offDay,name\n2020-10-01,yes,国庆节\n"));

        Assert.Contains("第 2 行", error.Message);
        Assert.Contains("offDay", error.Message);
    }

    [Fact]
    public void Rejects_a_line_with_missing_fields()
    {
        var error = Assert.Throws<FormatException>(() => HolidayCsv.Parse("date,offDay,name\n2020-10-01,true\n"));

        Assert.Contains("第 2 行", error.Message);
    }

    [Fact]
    public void Rejects_a_date_listed_twice()
    {
        var error = Assert.Throws<FormatException>(() =>
            HolidayCsv.Parse("date,offDay,name\n2020-10-01,true,国庆节\n2020-10-01,false,国庆节\n"));

        Assert.Contains("第 3 行", error.Message);
        Assert.Contains("第 2 行", error.Message);
    }

    [Fact]
    public void Rejects_text_without_the_header()
    {
        var error = Assert.Throws<FormatException>(() => HolidayCsv.Parse("2020-10-01,true,国庆节\n"));

        Assert.Contains("第 1 行", error.Message);
    }

    [Fact]
    public void Seed_file_lists_every_day_of_the_2019_to_2026_schedules()
    {
        var days = SeedCalendar.Days;

        Assert.Equal(286, days.Count);
        Assert.Equal(new HolidayDay(new DateOnly(2018, 12, 29), false, "元旦"), days[0]); // the 2019 schedule starts with a make-up Saturday
    }
}
