using Supervision.Tests.Domain.Calendar;
using static Supervision.Tests.Domain.Calendar.SeedCalendar;

namespace Supervision.Tests.Domain.Activity;

/// <summary>剩余/超期 N 个工作日 on the seed calendar (hall hours 08:30–17:30, National Day 2020 off 10-01…10-08, 10-10 worked).</summary>
public sealed class CaseTimeLeftTests
{
    private static CaseRecord Open(DateTimeOffset deadline) => new()
    {
        Town = "370323001", CaseId = "C1", AcceptedAt = deadline.AddDays(-7), Deadline = deadline, PromisedDays = 5, Status = CaseStatus.Accepted,
    };

    private static CaseTimeLeft At(CaseRecord record, DateTimeOffset now) => CaseTimeLeft.Of(record, now, Seeded);

    [Fact]
    public void An_open_case_has_the_begun_working_days_until_its_deadline_left()
    {
        var record = Open(Local(2020, 10, 20, 17, 30));

        Assert.Equal(new CaseTimeLeft(CaseClock.Running, false, 4, false), At(record, Local(2020, 10, 15, 10)));
        Assert.Equal(1, At(record, Local(2020, 10, 20, 10)).WorkingDays);
    }

    [Fact]
    public void Overdue_days_are_working_days_so_a_holiday_after_the_deadline_adds_none()
    {
        var record = Open(Local(2020, 9, 30, 17, 30));

        Assert.Equal(new CaseTimeLeft(CaseClock.Running, true, 1, false), At(record, Local(2020, 10, 9, 8, 40)));
        // Friday 10-09 and the make-up Saturday 10-10 are whole working days, Monday has begun.
        Assert.Equal(3, At(record, Local(2020, 10, 12, 9)).WorkingDays);
    }

    [Fact]
    public void A_case_is_overdue_by_one_day_as_soon_as_its_deadline_passes_even_on_the_weekend()
    {
        var record = Open(Local(2020, 10, 16, 17, 30));

        Assert.Equal(new CaseTimeLeft(CaseClock.Running, true, 1, false), At(record, Local(2020, 10, 17, 10)));
    }

    [Fact]
    public void A_paused_case_is_read_at_the_start_of_its_pause()
    {
        var record = Open(Local(2020, 10, 20, 17, 30));
        (record.Status, record.IsPaused, record.PausedSince) = (CaseStatus.Paused, true, Local(2020, 10, 13, 10));

        Assert.Equal(new CaseTimeLeft(CaseClock.Paused, false, 6, false), At(record, Local(2020, 10, 30, 10)));
    }

    [Fact]
    public void A_completed_case_tells_how_late_it_ended_counting_the_make_up_saturday()
    {
        var record = Open(Local(2020, 10, 9, 17, 30));
        (record.Status, record.CompletedAt) = (CaseStatus.Completed, Local(2020, 10, 12, 9));

        Assert.Equal(new CaseTimeLeft(CaseClock.Completed, true, 2, false), At(record, Local(2020, 10, 30, 10)));
        record.CompletedAt = Local(2020, 10, 9, 16);
        Assert.Equal(new CaseTimeLeft(CaseClock.Completed, false, 0, false), At(record, Local(2020, 10, 30, 10)));
    }

    [Fact]
    public void A_pre_review_item_reported_up_ends_the_towns_clock_at_the_report()
    {
        var record = Open(Local(2020, 10, 9, 17, 30));
        (record.Status, record.PreReviewOnly, record.EscalatedAt) = (CaseStatus.Escalated, true, Local(2020, 10, 9, 15));

        Assert.Equal(new CaseTimeLeft(CaseClock.ReportedUp, false, 0, false), At(record, Local(2020, 10, 30, 10)));
    }

    [Fact]
    public void A_count_through_a_year_without_its_holiday_arrangement_is_provisional()
    {
        var record = Open(Local(2020, 10, 20, 17, 30));

        Assert.True(CaseTimeLeft.Of(record, Local(2020, 10, 15, 10), new WorkingCalendar([])).Provisional);
        // The deadline was kept, but the overdue count runs into 2027, which the seed does not keep.
        Assert.True(At(record, new DateTimeOffset(2027, 1, 5, 10, 0, 0, WorkingCalendar.ChinaOffset)).Provisional);
    }

    [Fact]
    public void A_case_not_accepted_or_without_a_known_deadline_has_no_clock()
    {
        Assert.Equal(CaseClock.None, At(new CaseRecord { Status = CaseStatus.Received }, Local(2020, 10, 15, 10)).Clock);
        var unknownItem = Open(Local(2020, 10, 20, 17, 30));
        unknownItem.Deadline = null;
        Assert.Equal(CaseClock.None, At(unknownItem, Local(2020, 10, 15, 10)).Clock);
    }
}
