using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Hosting;

public sealed class HealthEndpointTests(SupervisionWebApplicationFactory factory) : IClassFixture<SupervisionWebApplicationFactory>
{
    [Fact]
    public async Task Healthz_reports_the_database_healthy_in_chinese_when_it_answers()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // The fixture's holidays keep no year, so the calendar check degrades the whole report (still 200).
        var database = body.RootElement.GetProperty("checks")[0];
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("database", "Healthy", "正常"),
            (database.GetProperty("name").GetString(), database.GetProperty("status").GetString(), database.GetProperty("statusText").GetString()));
    }

    [Fact]
    public void The_app_uses_the_test_database_not_the_developer_data_folder()
    {
        var used = factory.Services.GetRequiredService<DatabaseSettings>();

        Assert.Equal(
            (DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder(factory.Database.Settings.ConnectionString).DataSource),
            (used.Provider, new SqliteConnectionStringBuilder(used.ConnectionString).DataSource));
    }

    [Fact]
    public void Working_calendar_is_built_from_the_seeded_holiday_table()
    {
        var calendar = factory.Services.GetRequiredService<WorkingCalendar>();

        // 2020-09-27 is a Sunday make-up workday and 2020-10-01 National Day, both only in the fixture data.
        Assert.Equal((true, false), (calendar.IsWorkingDay(new DateOnly(2020, 9, 27)), calendar.IsWorkingDay(new DateOnly(2020, 10, 1))));
    }
}
