using Supervision.Domain.Events;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Common;

/// <summary>
/// <c>Hall:Opening</c> and <c>Hall:ClosingTime</c> reach the app's working calendar. A wrong value stopping the start
/// in Chinese is among the rows of <c>ValidatedOptionsTests</c> (<c>Support/WrongSettings</c>).
/// </summary>
public sealed class HallHoursConfigurationTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>
    /// RS-002 takes 5 working days: accepted Monday 2020-06-22, it is due Tuesday 06-30 (端午 06-25/26 off, Sunday 06-28
    /// worked) at the hall's closing time.
    /// </summary>
    [Theory]
    [InlineData(null, 17, 30)]
    [InlineData("18:00", 18, 0)]
    [InlineData("16:45", 16, 45)]
    public async Task A_case_is_due_at_the_configured_closing_time_of_its_last_working_day(string? closing, int hour, int minute)
    {
        var settings = closing is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Hall:ClosingTime"] = closing };
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(database, settings);

        await app.Services.GetRequiredService<IEventIngestor>().IngestAsync(
        [
            new CaseAccepted
            {
                Id = "hh-1", Town = Samples.Town, At = new DateTimeOffset(2020, 6, 22, 10, 0, 0, China), Case = "C-HH-1", Item = Samples.Item,
                Window = Samples.Window, Staff = Samples.Staff, Channel = CaseChannel.Onsite,
            },
        ], null, CancellationToken.None);
        var stored = await app.QueryAsync(db => db.Set<CaseRecord>().AsNoTracking().SingleAsync(c => c.CaseId == "C-HH-1"));

        Assert.Equal(new DateTimeOffset(2020, 6, 30, hour, minute, 0, China), stored.Deadline);
    }

    [Fact]
    public async Task Both_hours_reach_the_working_calendar_the_app_computes_with()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(database, new Dictionary<string, string> { ["Hall:Opening"] = "9:00", ["Hall:ClosingTime"] = "18:00" });

        var hours = app.Services.GetRequiredService<WorkingCalendarSource>().Current.Hours;

        Assert.Equal(new HallHours(new TimeOnly(9, 0), new TimeOnly(18, 0)), hours);
    }
}
