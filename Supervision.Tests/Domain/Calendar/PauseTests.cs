using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Calendar;

public class PauseTests
{
    // Mon 2020-06-08 + 10 working days (no holidays until 06-25) = Mon 06-22 17:30.
    private static readonly DateTimeOffset AcceptedAt = Local(2020, 6, 8, 9);

    [Fact]
    public void Deadline_without_pauses_is_closing_of_the_tenth_working_day()
    {
        Assert.Equal(Local(2020, 6, 22, 17, 30), Seeded.Deadline(AcceptedAt, 10, []));
    }

    [Fact]
    public void Pause_spanning_a_weekend_extends_deadline_only_by_its_working_hours()
    {
        // Fri 15:30–17:30 (2 h) + Mon 08:30–10:30 (2 h) = 4 h, carried into Tue 06-23 from 08:30.
        var pause = new InstantRange(Local(2020, 6, 12, 15, 30), Local(2020, 6, 15, 10, 30));

        var deadline = Seeded.Deadline(AcceptedAt, 10, [pause]);

        Assert.Equal(Local(2020, 6, 23, 12, 30), deadline);
    }

    [Fact]
    public void Pause_of_one_whole_hall_day_moves_deadline_to_the_next_closing_time()
    {
        var pause = new InstantRange(Local(2020, 6, 9, 8, 30), Local(2020, 6, 9, 17, 30));

        var deadline = Seeded.Deadline(AcceptedAt, 10, [pause]);

        Assert.Equal(Local(2020, 6, 23, 17, 30), deadline);
    }

    [Fact]
    public void Pause_extension_is_carried_over_a_holiday()
    {
        // Accepted Mon 06-22 with 2 days: Tue 06-23, Wed 06-24 17:30. A 3 h pause then skips the
        // Dragon Boat holiday (06-25..06-27) and lands on make-up Sun 06-28 at 11:30.
        var pause = new InstantRange(Local(2020, 6, 23, 9), Local(2020, 6, 23, 12));

        var deadline = Seeded.Deadline(Local(2020, 6, 22, 9), 2, [pause]);

        Assert.Equal(Local(2020, 6, 28, 11, 30), deadline);
    }

    [Fact]
    public void Overlapping_pauses_are_counted_once()
    {
        var first = new InstantRange(Local(2020, 6, 10, 9), Local(2020, 6, 10, 11));
        var second = new InstantRange(Local(2020, 6, 10, 10), Local(2020, 6, 10, 12));

        var deadline = Seeded.Deadline(AcceptedAt, 10, [second, first]);

        Assert.Equal(Local(2020, 6, 23, 11, 30), deadline);
    }

    [Fact]
    public void Adding_working_time_in_the_evening_starts_at_the_next_opening()
    {
        var result = Seeded.AddWorkingTime(Local(2020, 6, 19, 20), TimeSpan.FromHours(1));

        Assert.Equal(Local(2020, 6, 22, 9, 30), result);
    }
}
