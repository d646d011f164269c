using Supervision.Tests.Web.Ingestion;
using static Supervision.Tests.Web.Calendar.CalendarWorld;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Calendar;

public sealed class KeptCalendarTests
{
    [Fact]
    public async Task Healthz_is_degraded_on_2026_12_31_while_2027_has_no_calendar()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        app.Clock.SetUtcNow(NewYearsEve);

        using var response = await app.CreateClient().GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var calendar = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "calendar");
        Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("尚未录入 2027 年的节假日安排", calendar.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Importing_2027_moves_the_deadline_card_and_day_figures_of_the_affected_cases_only_and_is_audited()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        await IngestCasesAsync(app);
        var before = CalendarInForce(app);
        var open = await CaseAsync(app, OpenCase);
        var june = await CaseAsync(app, JuneCase);
        var completionDay = await DayAsync(app, new DateOnly(2027, 1, 8));
        var cardAt = Local(2027, 1, 7, 18);
        // Under the Mon–Fri fallback 元旦 is worked: five working days end on Thursday 7 January.
        Assert.Equal((Local(2027, 1, 7, 17, 30), true), (open.Deadline, CaseDeadline.IsProvisional(open, before)));
        Assert.Equal(CardColour.Red, CaseCards.ColourAt(open, cardAt, before));
        Assert.Equal((0, 1), (completionDay.CompletedOnTime, completionDay.CompletedLate));

        var saved = await app.Services.GetRequiredService<HolidayCalendarService>()
            .SaveYearAsync(Year2027, new AuditActor("county-admin", "127.0.0.1"), "页面录入", CancellationToken.None);
        var summary = await saved.Recalculation;

        var after = CalendarInForce(app);
        open = await CaseAsync(app, OpenCase);
        completionDay = await DayAsync(app, new DateOnly(2027, 1, 8));
        Assert.Equal(["case:370323001:C-DONE", "case:370323001:C-OPEN"], summary!.Subjects.Order(StringComparer.Ordinal));
        Assert.Equal((Local(2027, 1, 8, 17, 30), false), (open.Deadline, CaseDeadline.IsProvisional(open, after)));
        Assert.Equal(CardColour.Yellow, CaseCards.ColourAt(open, cardAt, after));
        Assert.Equal((1, 0), (completionDay.CompletedOnTime, completionDay.CompletedLate));
        Assert.Equivalent(june, await CaseAsync(app, JuneCase));
        var audit = await app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.CalendarImported));
        Assert.Equal(("county-admin", "2027"), (audit.Entries.Single().Actor, audit.Entries.Single().Target));
    }

    [Fact]
    public async Task An_invalid_year_is_refused_and_leaves_the_table_and_the_audit_log_untouched()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        var service = app.Services.GetRequiredService<HolidayCalendarService>();
        var invalid = Year2027 with { Days = [.. Year2027.Days.Where(d => d.Name != "春节")] };

        await Assert.ThrowsAsync<Supervision.Domain.DomainException>(() =>
            service.SaveYearAsync(invalid, new AuditActor("county-admin", null), "页面录入", CancellationToken.None));

        Assert.DoesNotContain(await app.Services.GetRequiredService<HolidayYearsReader>().YearsAsync(CancellationToken.None), y => y.Year == 2027);
        Assert.Equal(0, (await app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.CalendarImported))).Total);
    }
}
