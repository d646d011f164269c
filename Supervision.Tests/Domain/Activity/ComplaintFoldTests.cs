using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class ComplaintFoldTests
{
    private static ComplaintRecord FoldFiledFriday(params ComplaintEvent[] more) =>
        ComplaintFold.Fold([Complaint("K1", "2020-09-25 16:00"), .. more], Context);

    [Fact]
    public void Complaint_resolved_on_its_deadline_day_is_on_time()
    {
        // 5 working days after Fri 09-25: Sun 09-27 (make-up), 09-28, 09-29, 09-30, then 10-09 after the holiday.
        var record = FoldFiledFriday(new ComplaintResolved
        {
            Id = "K1-r", Town = Town, At = At("2020-10-09 17:00"), Complaint = "K1", Substantiated = true,
        });

        Assert.Equal(At("2020-10-09 17:30"), record.ResolveDue);
        Assert.Equal(Day("2020-10-09"), record.ResolveDueDay);
        Assert.True(record.ResolvedOnTime);
        Assert.True(record.Substantiated);
    }

    [Fact]
    public void Response_after_the_make_up_sunday_is_late()
    {
        var record = FoldFiledFriday(new ComplaintResponded { Id = "K1-p", Town = Town, At = At("2020-09-28 09:00"), Complaint = "K1" });

        Assert.Equal(At("2020-09-27 17:30"), record.RespondDue);
        Assert.False(record.RespondedOnTime);
    }

    [Fact]
    public void Open_complaint_touches_its_filing_and_due_days()
    {
        var record = FoldFiledFriday();

        Assert.Null(record.ResolvedOnTime);
        Assert.Equal([Day("2020-09-25"), Day("2020-09-27"), Day("2020-10-09")], record.RollupDays());
    }
}
