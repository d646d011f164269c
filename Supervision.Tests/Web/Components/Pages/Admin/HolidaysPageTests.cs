using Supervision.Tests.Web.Components;
using Supervision.Tests.Web.Ingestion;
using HolidaysPage = Supervision.Web.Components.Pages.Admin.Holidays;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Components.Pages.Admin;

/// <summary>The 节假日安排 page over the services of a running app on the shipped seed data.</summary>
public sealed class HolidaysPageTests : MudComponentTest
{
    [Fact]
    public async Task Pasting_a_year_shows_its_chinese_problems_and_a_valid_one_is_saved_and_kept()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
        var authorization = Context.AddAuthorization();
        authorization.SetAuthorized("county-admin");
        authorization.SetPolicies(SupervisionPolicies.Admin);
        Context.Services.AddSingleton(app.Services.GetRequiredService<HolidayCalendarService>());
        Context.Services.AddSingleton(app.Services.GetRequiredService<HolidayYearsReader>());
        Context.Services.AddSingleton(app.Services.GetRequiredService<CalendarRecalculation>());
        Context.Services.AddSingleton<TimeProvider>(app.Clock);
        var page = Context.Render<HolidaysPage>();

        page.Find(".holidays-paste textarea").Change("date,offDay,name\n2027-01-01,true,元旦\n2027-02-05,false,春节\n");
        page.Find(".holidays-read").Click();
        Assert.Equal(
            ["2027-02-05（星期五）本来就是工作日，不能列为调休上班日；调休上班日只能是周六或周日。", "2027 年的放假安排中没有春节放假日，请按国务院办公厅通知完整录入。"],
            page.FindAll(".holidays-error").Select(e => e.TextContent.Trim()));

        page.Find(".holidays-paste textarea").Change("date,offDay,name\n2027-01-01,true,元旦\n2027-02-08,true,春节\n");
        page.Find(".holidays-read").Click();
        page.Find(".holidays-save").Click();
        page.WaitForState(() => page.FindAll(".holidays-saved").Count == 1, TimeSpan.FromMinutes(2));
        await app.Services.GetRequiredService<CalendarRecalculation>().Completion;

        Assert.Contains(2027, app.Services.GetRequiredService<WorkingCalendarSource>().Current.KeptYears);
        Assert.Contains("2027", page.Find(".holidays-years").TextContent);
    }
}
