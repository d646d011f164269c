using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

public class CalendarCoverageTests
{
    [Fact]
    public void The_shipped_calendar_keeps_2019_to_2026_and_not_the_bridge_days_of_2018()
    {
        Assert.Equal(Enumerable.Range(2019, 8), Seeded.KeptYears.Order());
    }

    [Fact]
    public void With_the_shipped_calendar_ending_2026_a_case_accepted_on_2026_12_31_has_a_provisional_deadline()
    {
        var deadline = Seeded.DeadlineOf(Local(2026, 12, 31, 10), 5);

        Assert.Equal(new CalendarDeadline(Local(2027, 1, 7, 17, 30), Provisional: true), deadline);
    }

    [Fact]
    public void A_deadline_counted_inside_kept_years_is_not_provisional()
    {
        Assert.False(Seeded.DeadlineOf(Local(2026, 12, 1, 10), 5).Provisional);
    }

    [Theory]
    [InlineData("2026-10-31", new int[0])]
    [InlineData("2026-11-01", new[] { 2027 })]
    [InlineData("2027-03-01", new[] { 2027 })]
    [InlineData("2027-11-01", new[] { 2027, 2028 })]
    public void The_next_year_is_missing_only_from_the_first_of_november(string today, int[] missing)
    {
        Assert.Equal(missing, CalendarCoverage.MissingYears(Seeded.KeptYears, Date(today)));
    }
}
