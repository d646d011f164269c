namespace Supervision.Tests.Web.Common;

public sealed class ZhFormatTimeLeftTests
{
    [Theory]
    [InlineData(CaseClock.Running, false, 3, "剩余 3 个工作日")]
    [InlineData(CaseClock.Running, true, 2, "超期 2 个工作日")]
    [InlineData(CaseClock.Paused, false, 6, "暂停计时，剩余 6 个工作日")]
    [InlineData(CaseClock.Paused, true, 1, "暂停计时，已超期 1 个工作日")]
    [InlineData(CaseClock.Completed, false, 0, "按时办结")]
    [InlineData(CaseClock.Completed, true, 2, "超期 2 个工作日办结")]
    [InlineData(CaseClock.ReportedUp, false, 0, "按时上报")]
    [InlineData(CaseClock.ReportedUp, true, 1, "超期 1 个工作日上报")]
    [InlineData(CaseClock.None, false, 0, "—")]
    public void A_cases_clock_reads_in_working_days(CaseClock clock, bool overdue, int days, string expected) =>
        Assert.Equal(expected, ZhFormat.TimeLeft(new CaseTimeLeft(clock, overdue, days, Provisional: false)));
}
