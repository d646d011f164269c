using Supervision.Tests.Domain.Calendar;

namespace Supervision.Tests.Domain.Orders;

public sealed class OrderDeadlineTests
{
    [Fact]
    public void An_order_raised_before_the_2020_National_Day_holiday_skips_it_and_counts_the_make_up_Saturday()
    {
        // Raised Wed 30 Sep: 1–8 Oct are off; Fri 9 Oct, Sat 10 Oct (调休上班) and Mon 12 Oct are the three working days.
        var deadline = OrderRules.Deadline(SeedCalendar.Seeded, SeedCalendar.Local(2020, 9, 30, 10), 3);

        Assert.Equal(SeedCalendar.Local(2020, 10, 12, 17, 30), deadline.At);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void An_order_raised_on_the_make_up_Sunday_before_the_holiday_is_due_after_it()
    {
        // Sun 27 Sep is a working day; the next working days are Mon 28, Tue 29, Wed 30 Sep, then Fri 9 Oct.
        var deadline = OrderRules.Deadline(SeedCalendar.Seeded, SeedCalendar.Local(2020, 9, 27, 9), 4);

        Assert.Equal(SeedCalendar.Local(2020, 10, 9, 17, 30), deadline.At);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(61)]
    public void A_deadline_outside_one_to_sixty_working_days_is_refused_in_Chinese(int days)
    {
        var error = Assert.Throws<DomainException>(() => OrderRules.Deadline(SeedCalendar.Seeded, SeedCalendar.Local(2020, 9, 30, 10), days));

        Assert.Contains("整改期限应为 1–60 个工作日", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_overdue_skip_the_holiday()
    {
        var order = OrderLifeTests.NewOrder(deadline: SeedCalendar.Local(2020, 9, 30, 17, 30));

        Assert.Equal(0, order.DaysOverdue(SeedCalendar.Local(2020, 9, 30, 17, 0), SeedCalendar.Seeded));
        Assert.Equal(1, order.DaysOverdue(SeedCalendar.Local(2020, 10, 8, 12), SeedCalendar.Seeded));
        Assert.Equal(2, order.DaysOverdue(SeedCalendar.Local(2020, 10, 10, 12), SeedCalendar.Seeded));
    }
}
