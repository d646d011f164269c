using Supervision.Domain.Events;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class AttendanceFoldTests
{
    [Fact]
    public void Latest_report_wins_whatever_the_arrival_order()
    {
        var record = AttendanceFold.Fold([
            Attendance("a9", "S1", "2020-09-01", "2020-09-01 10:00", AttendanceStatus.Late),
            Attendance("a1", "S1", "2020-09-01", "2020-09-01 08:40", AttendanceStatus.Absent),
        ]);

        Assert.Equal(AttendanceStatus.Late, record.Status);
        Assert.Equal("a9", record.DecidingEventId);
        Assert.Equal(2, record.EventCount);
    }

    [Fact]
    public void Reports_at_the_same_instant_are_decided_by_the_larger_id()
    {
        var record = AttendanceFold.Fold([
            Attendance("x2", "S1", "2020-09-01", "2020-09-01 09:00", AttendanceStatus.Leave),
            Attendance("x1", "S1", "2020-09-01", "2020-09-01 09:00", AttendanceStatus.Present),
        ]);

        Assert.Equal(AttendanceStatus.Leave, record.Status);
    }
}
