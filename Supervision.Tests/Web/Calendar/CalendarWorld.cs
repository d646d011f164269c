using Supervision.Domain.Events;
using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Calendar;

/// <summary>
/// The app on the shipped seed data (holidays kept through 2026) with three cases of 南麻街道 for item
/// RS-002 (5 working days): two accepted on Thursday 2026-12-31, whose deadlines count into 2027, one of
/// them completed on 2027-01-08; and one accepted and completed in June 2026, which 2027 cannot touch.
/// </summary>
internal static class CalendarWorld
{
    public const string OpenCase = "C-OPEN";
    public const string DoneCase = "C-DONE";
    public const string JuneCase = "C-JUNE";

    public static readonly DateTimeOffset NewYearsEve = Local(2026, 12, 31, 10);
    public static readonly DateTimeOffset AfterCompletion = Local(2027, 1, 8, 18);

    /// <summary>A made-up 2027 with 元旦 on Friday 1 January, which the Mon–Fri fallback counts as worked.</summary>
    public static readonly HolidayYear Year2027 = new(2027,
    [
        new HolidayDay(new DateOnly(2027, 1, 1), true, "元旦"),
        new HolidayDay(new DateOnly(2027, 2, 6), false, "春节"),
        new HolidayDay(new DateOnly(2027, 2, 8), true, "春节"),
        new HolidayDay(new DateOnly(2027, 2, 9), true, "春节"),
    ]);

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, WorkingCalendar.ChinaOffset);

    public static async Task IngestCasesAsync(SupervisionWebApplicationFactory app)
    {
        app.Clock.SetUtcNow(AfterCompletion);
        HallEvent Accepted(string id, string caseId, DateTimeOffset at) => new CaseAccepted
        {
            Id = id, Town = Samples.Town, At = at, Case = caseId, Item = Samples.Item, Window = Samples.Window,
            Staff = Samples.Staff, Channel = CaseChannel.Onsite,
        };
        HallEvent Completed(string id, string caseId, DateTimeOffset at) => new CaseCompleted
        {
            Id = id, Town = Samples.Town, At = at, Case = caseId, Outcome = CaseOutcome.Approved,
        };
        await app.Services.GetRequiredService<IEventIngestor>().IngestAsync(
        [
            Accepted("k-1", OpenCase, NewYearsEve),
            Accepted("k-2", DoneCase, NewYearsEve),
            Completed("k-3", DoneCase, Local(2027, 1, 8, 10)),
            Accepted("k-4", JuneCase, Local(2026, 6, 1, 10)),
            Completed("k-5", JuneCase, Local(2026, 6, 2, 10)),
        ], null, CancellationToken.None);
    }

    public static Task<CaseRecord> CaseAsync(SupervisionWebApplicationFactory app, string caseId) =>
        app.QueryAsync(db => db.Set<CaseRecord>().AsNoTracking().SingleAsync(c => c.CaseId == caseId));

    public static Task<TownDayRollup> DayAsync(SupervisionWebApplicationFactory app, DateOnly day) =>
        app.QueryAsync(db => db.Set<TownDayRollup>().AsNoTracking().SingleAsync(r => r.Town == Samples.Town && r.Day == day));

    public static WorkingCalendar CalendarInForce(SupervisionWebApplicationFactory app) => app.Services.GetRequiredService<WorkingCalendarSource>().Current;
}
