using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

/// <summary>
/// The calendar answers from precomputed counts; these tests hold it against plain day-by-day
/// stepping over every day of the data and a margin on both sides, where the weekday rule takes over.
/// </summary>
public class WorkingCalendarConsistencyTests
{
    private static readonly DateOnly First = new(2017, 10, 1);
    private static readonly DateOnly Last = new(2028, 3, 1);

    private static bool NaiveIsWorking(IReadOnlyDictionary<DateOnly, bool> offDays, DateOnly date) =>
        offDays.TryGetValue(date, out var isOff) ? !isOff : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static Dictionary<DateOnly, bool> OffDays() => Days.ToDictionary(d => d.Date, d => d.IsOffDay);

    [Fact]
    public void IsWorkingDay_matches_the_listed_flag_or_the_weekday_on_every_day()
    {
        var offDays = OffDays();
        for (var date = First; date <= Last; date = date.AddDays(1))
        {
            Assert.True(NaiveIsWorking(offDays, date) == Seeded.IsWorkingDay(date), $"{date:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void AddWorkingDays_matches_stepping_day_by_day_from_every_start_day()
    {
        var offDays = OffDays();
        for (var start = First; start <= Last; start = start.AddDays(1))
        {
            var date = start;
            for (var n = 1; n <= 30; n++)
            {
                do { date = date.AddDays(1); } while (!NaiveIsWorking(offDays, date));
                Assert.True(date == Seeded.AddWorkingDays(start, n), $"{start:yyyy-MM-dd} + {n}");
            }
        }
    }

    [Fact]
    public void WorkingDaysElapsed_matches_counting_day_by_day_across_the_whole_data()
    {
        var offDays = OffDays();
        var counted = 0;
        for (var date = First.AddDays(1); date <= Last; date = date.AddDays(1))
        {
            counted += NaiveIsWorking(offDays, date) ? 1 : 0;
        }

        Assert.Equal(counted, Seeded.WorkingDaysElapsed(First, Last));
    }

    [Fact]
    public void Calendar_without_holiday_data_follows_the_weekday_rule()
    {
        var calendar = new WorkingCalendar([]);

        Assert.Equal(new DateOnly(2020, 10, 5), calendar.AddWorkingDays(new DateOnly(2020, 9, 30), 3));
    }

    [Fact]
    public void Conflicting_entries_for_one_date_are_rejected()
    {
        HolidayDay[] days = [new(new DateOnly(2020, 10, 1), true, "国庆节"), new(new DateOnly(2020, 10, 1), false, "国庆节")];

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(days));
    }
}
